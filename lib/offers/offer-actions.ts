"use server";

import { checkedBySchema, runFormAction } from "@/lib/forms/form-action";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { changeOffer, findOfferByToken, submitOffer } from "@/lib/offers/lifecycle";
import { revalidateListing } from "@/lib/offers/listing";
import { formDataToValues, offerSchema, type OfferInput } from "@/lib/offers/offer-schema";
import { rememberSentAddress } from "@/lib/offers/sent-address";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { consumeLinkActionLimit, consumeOfferLimits } from "@/lib/rate-limit/page-limits";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath, tokenLinkPath } from "@/lib/routes/site-routes";
import { offerFieldErrors, parseOfferChange, submittedValues, type SubmitOfferState } from "./offer-form-state";

/**
 * The landlord's offer form posts here, with or without JavaScript. `site` (./lib/regions/site.ts), `locale` and
 * `presentation` (the full page or the form embedded in a municipal website) are bound by the page; bound arguments
 * travel through the browser, so they are checked like the form's fields.
 */
export async function submitOfferAction(
  site: string,
  locale: Locale,
  presentation: "page" | "embedded",
  _previous: SubmitOfferState,
  formData: FormData,
): Promise<SubmitOfferState> {
  return runFormAction<OfferInput, SubmitOfferState>({
    name: "submitOfferAction",
    locale,
    formData,
    checksForBots: true,
    check: checkedBySchema({ read: formDataToValues, submitted: submittedValues, schema: offerSchema, fieldErrors: offerFieldErrors }),
    work: async (input, language) => {
      const region = await getRegion(String(site));
      // Not the site itself in the log: it comes from the browser and could carry anything.
      if (!region) return { formError: "unexpected" };
      // Counted only for complete offers, so that correcting a mistake never uses up a landlord's limit.
      const exceeded = await consumeOfferLimits(await clientAddressKey(), input.contactEmail);
      if (exceeded) return { formError: exceeded === "email" ? "rateLimitedEmail" : "rateLimited" };
      await submitOffer(region, input, language);
      const next = sitePath(region.site, pagePath(presentation === "embedded" ? "embeddedOfferSent" : "offerSent"));
      await rememberSentAddress(region.slug, input.contactEmail, getPathname({ href: next, locale: language }));
      return { next };
    },
  });
}

/**
 * The landlord's change form (the mail's "change" button) posts here, with or without JavaScript. `site`, `locale`
 * and `token` are bound by the page; they travel through the browser and are checked like the form's fields, the
 * token being the credential as for every mail button. Saved or not (the offer was deleted or expired meanwhile),
 * the page is shown again and says which.
 */
export async function changeOfferAction(
  site: string,
  locale: Locale,
  token: string,
  previous: SubmitOfferState,
  formData: FormData,
): Promise<SubmitOfferState> {
  const [offer, region] = await Promise.all([findOfferByToken(String(token)), getRegion(String(site))]);
  return runFormAction<{ change: OfferInput; site: string }, SubmitOfferState>({
    name: "changeOfferAction",
    locale,
    formData,
    checksForBots: false,
    check: (formData) => {
      if (!offer || !region || offer.regionSlug !== region.slug) return { answer: { ...previous, formError: "unexpected" } };
      const parsed = parseOfferChange(offer, formData);
      return "state" in parsed ? { answer: parsed.state } : { input: { change: parsed.input, site: region.site }, values: parsed.values };
    },
    work: async ({ change, site }) => {
      // Counted like a press of the mail's other buttons: each save mails the landlord and the municipality.
      if (!(await consumeLinkActionLimit(await clientAddressKey()))) return { formError: "rateLimitedChange" };
      const result = await changeOffer(String(token), change);
      if (result?.listingChanged) revalidateListing(result.regionSlug, result.offerId);
      const query = { ergebnis: result?.outcome ?? "notActive" };
      return { next: sitePath(site, tokenLinkPath("offer", { token: String(token), action: "change", query })) };
    },
  });
}
