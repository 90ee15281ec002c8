"use server";

import { hasLocale } from "next-intl";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { changeOffer, findOfferByToken } from "@/lib/offers/lifecycle";
import { revalidateListing } from "@/lib/offers/listing";
import { consumeLinkActionLimit } from "@/lib/rate-limit/abuse-limits";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { tokenLinkPath } from "@/lib/routes/site-routes";
import { parseOfferChange, type SubmitOfferState } from "./submit-offer-state";

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
  const language: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const [offer, region] = await Promise.all([findOfferByToken(String(token)), getRegion(String(site))]);
  if (!offer || !region || offer.regionSlug !== region.slug) return { ...previous, formError: "unexpected" };

  const parsed = parseOfferChange(offer, formData);
  if ("state" in parsed) return parsed.state;
  // Counted like a press of the mail's other buttons: each save mails the landlord and the municipality.
  if (!(await consumeLinkActionLimit(await clientAddressKey()))) {
    return { values: parsed.values, errors: {}, formError: "rateLimitedChange" };
  }
  const result = await changeOffer(String(token), parsed.input);
  if (result?.listingChanged) revalidateListing(result.regionSlug, result.offerId);
  deliverAfterResponse();

  const outcome = result?.outcome ?? "notActive";
  return redirect({ href: sitePath(region.site, tokenLinkPath("offer", { token: String(token), action: "change", query: { ergebnis: outcome } })), locale: language });
}
