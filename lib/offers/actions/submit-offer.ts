"use server";

import { hasLocale } from "next-intl";
import { checkForBot } from "@/lib/abuse/bot-check";
import { env } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { submitOffer } from "@/lib/offers/lifecycle";
import { formDataToValues, offerSchema } from "@/lib/offers/offer-schema";
import { consumeOfferLimits } from "@/lib/rate-limit/abuse-limits";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { offerFieldErrors, submittedValues, type SubmitOfferState } from "./submit-offer-state";

/** Describes a failure for the log without its message, which may quote what the landlord typed. */
function describeError(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    code: typeof code === "string" ? code : undefined,
    // The first line of a stack repeats the message; the rest are code locations.
    stack: error.stack?.split("\n").slice(1).join("\n"),
  };
}

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
  const language: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const raw = formDataToValues(formData);
  const values = submittedValues(raw);

  // Field errors first: a person who sends the form at once to see what is required gets the list of fields.
  const { verdict, formStartedAt } = checkForBot(formData, env.MIN_FILL_SECONDS);
  const result = offerSchema.safeParse(raw);
  if (!result.success) return { values, errors: offerFieldErrors(result.error.issues), formStartedAt };

  // A bot is told no more than a person who was too quick: try again. Nothing is stored or counted.
  if (verdict !== "human") return { values, errors: {}, formError: "tryAgain", formStartedAt };

  const region = await getRegion(String(site));
  if (!region) {
    // Not the site itself: it comes from the browser and could carry anything.
    console.error("submitOfferAction: unknown region");
    return { values, errors: {}, formError: "unexpected", formStartedAt };
  }

  // Counted only for complete offers, so that correcting a mistake never uses up a landlord's limit.
  const exceeded = await consumeOfferLimits(await clientAddressKey(), result.data.contactEmail);
  if (exceeded) {
    return { values, errors: {}, formError: exceeded === "email" ? "rateLimitedEmail" : "rateLimited", formStartedAt };
  }

  try {
    await submitOffer(region, result.data, language);
  } catch (error) {
    console.error("submitOfferAction: storing the offer failed", { region: region.slug, error: describeError(error) });
    return { values, errors: {}, formError: "unexpected", formStartedAt };
  }
  deliverAfterResponse();

  // Outside the try block: redirect() works by throwing. (`return` only tells TypeScript that it never returns.)
  const sentPage = presentation === "embedded" ? pagePath("embeddedOfferSent") : pagePath("offerSent");
  return redirect({ href: sitePath(region.site, sentPage), locale: language });
}
