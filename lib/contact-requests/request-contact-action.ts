"use server";

import { hasLocale } from "next-intl";
import { checkForBot } from "@/lib/abuse/bot-check";
import { env } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { revalidateListing } from "@/lib/offers/listing";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import {
  contactFieldErrors,
  contactRequestSchema,
  formDataToContactRequest,
  submittedContactRequest,
  type ContactRequestState,
} from "./contact-request-schema";
import { requestContact, type ContactOutcome } from "./request-contact";

/**
 * The contact request form posts here, with or without JavaScript. `site`, `offerId` and `locale` are bound by the
 * page; bound arguments travel through the browser, so they are checked like the form's fields.
 */
export async function requestContactAction(
  site: string,
  offerId: string,
  locale: Locale,
  _previous: ContactRequestState,
  formData: FormData,
): Promise<ContactRequestState> {
  const language: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const raw = formDataToContactRequest(formData);
  const values = submittedContactRequest(raw);

  const { verdict, formStartedAt } = checkForBot(formData, env.MIN_FILL_SECONDS);
  const result = contactRequestSchema.safeParse(raw);
  if (!result.success) return { values, errors: contactFieldErrors(result.error.issues), formStartedAt };
  // A bot is told no more than a person who was too quick: try again. Nothing is counted, stored or sent.
  if (verdict !== "human") return { values, errors: {}, formError: "tryAgain", formStartedAt };

  const region = await getRegion(String(site));
  if (!region) return { values, errors: {}, formError: "offerUnavailable", formStartedAt };

  let outcome: ContactOutcome;
  try {
    outcome = await requestContact(region.slug, String(offerId), result.data, language, await clientAddressKey());
  } catch (error) {
    // Only the error's kind: its message may quote what the seeker typed.
    console.error("requestContactAction: passing the request on failed", { region: region.slug, error: (error as Error)?.name });
    return { values, errors: {}, formError: "unexpected", formStartedAt };
  }
  if (outcome.outcome !== "sent") return { values, errors: {}, formError: outcome.outcome, formStartedAt };
  if (outcome.listingChanged) revalidateListing(outcome.regionSlug, String(offerId));
  deliverAfterResponse();

  // Outside the try block: redirect() works by throwing. (`return` only tells TypeScript that it never returns.)
  const sent = pagePath("contactSent", { offerId: String(offerId), query: { telefon: result.data.contactEmail ? undefined : 1 } });
  return redirect({ href: sitePath(region.site, sent), locale: language });
}
