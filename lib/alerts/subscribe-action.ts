"use server";

import { hasLocale } from "next-intl";
import { checkForBot } from "@/lib/abuse/bot-check";
import { env } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { listingQueryString, parseListingSearch } from "@/lib/offers/listing-filters";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { alertFieldErrors, alertSchema, formDataToAlert, submittedAlert, type AlertState } from "./alert-schema";
import { subscribeToAlerts, type SubscribeOutcome } from "./search-alerts";

/**
 * The search alert form posts here, with or without JavaScript. `site`, `search` (the page's query string) and
 * `locale` are bound by the page; bound arguments travel through the browser, so they are checked like the fields:
 * the search is read by the listing's lenient parser and stored only as what it understood.
 */
export async function subscribeAction(
  site: string,
  search: string,
  locale: Locale,
  _previous: AlertState,
  formData: FormData,
): Promise<AlertState> {
  const language: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const raw = formDataToAlert(formData);
  const values = submittedAlert(raw);

  const { verdict, formStartedAt } = checkForBot(formData, env.MIN_FILL_SECONDS);
  const result = alertSchema.safeParse(raw);
  if (!result.success) return { values, errors: alertFieldErrors(result.error.issues), formStartedAt };
  if (verdict !== "human") return { values, errors: {}, formError: "tryAgain", formStartedAt };

  const region = await getRegion(String(site));
  if (!region) return { values, errors: {}, formError: "unexpected", formStartedAt };
  const query = parseListingSearch(new URLSearchParams(String(search)));

  let outcome: SubscribeOutcome;
  try {
    outcome = await subscribeToAlerts(region, result.data, listingQueryString({ ...query, sort: "newest" }, 1), language, await clientAddressKey());
  } catch (error) {
    console.error("subscribeAction: storing the alert failed", { region: region.slug, error: (error as Error)?.name });
    return { values, errors: {}, formError: "unexpected", formStartedAt };
  }
  if (outcome !== "sent") return { values, errors: {}, formError: outcome, formStartedAt };
  deliverAfterResponse();

  // Outside the try block: redirect() works by throwing.
  return redirect({ href: sitePath(region.site, pagePath("alertSent")), locale: language });
}
