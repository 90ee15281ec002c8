"use server";

import { checkedBySchema, runFormAction } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/routing";
import { listingQueryString, parseListingSearch } from "@/lib/offers/listing-filters";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { alertFieldErrors, alertSchema, formDataToAlert, submittedAlert, type AlertInput, type AlertState } from "./alert-schema";
import { subscribeToAlerts } from "./search-alerts";

/**
 * The search alert form posts here, with or without JavaScript. `site`, `search` (the page's query string) and
 * `locale` are bound by the page; bound arguments travel through the browser, so they are checked like the fields:
 * the search is read by the listing's lenient parser and stored only as what it understood.
 */
export async function subscribeToAlertsAction(
  site: string,
  search: string,
  locale: Locale,
  _previous: AlertState,
  formData: FormData,
): Promise<AlertState> {
  return runFormAction<AlertInput, AlertState>({
    name: "subscribeToAlertsAction",
    locale,
    formData,
    checksForBots: true,
    check: checkedBySchema({ read: formDataToAlert, submitted: submittedAlert, schema: alertSchema, fieldErrors: alertFieldErrors }),
    work: async (input, language) => {
      const region = await getRegion(String(site));
      if (!region) return { formError: "unexpected" };
      const query = parseListingSearch(new URLSearchParams(String(search)));
      const stored = listingQueryString({ ...query, sort: "newest" }, 1);
      const outcome = await subscribeToAlerts(region, input, stored, language, await clientAddressKey());
      if (outcome !== "sent") return { formError: outcome };
      return { next: sitePath(region.site, pagePath("alertSent")) };
    },
  });
}
