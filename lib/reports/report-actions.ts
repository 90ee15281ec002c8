"use server";

import { checkedBySchema, runFormAction } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/routing";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { reportOffer } from "./report-offer";
import { formDataToReport, reportFieldErrors, reportSchema, submittedReport, type ReportFormState, type ReportInput } from "./report-schema";

/**
 * The "report this offer" form posts here, with or without JavaScript. `regionSlug`, `offerId` and `locale` are
 * bound by the page; bound arguments travel through the browser, so they are checked like the form's fields.
 */
export async function reportOfferAction(
  regionSlug: string,
  offerId: string,
  locale: Locale,
  _previous: ReportFormState,
  formData: FormData,
): Promise<ReportFormState> {
  return runFormAction<ReportInput, ReportFormState>({
    name: "reportOfferAction",
    locale,
    formData,
    checksForBots: false,
    check: checkedBySchema({ read: formDataToReport, submitted: submittedReport, schema: reportSchema, fieldErrors: reportFieldErrors }),
    work: async (input) => {
      const region = await getRegion(String(regionSlug));
      if (!region) return { formError: "offerUnavailable" };
      const outcome = await reportOffer(region.slug, String(offerId), input, await clientAddressKey());
      if (outcome !== "reported") return { formError: outcome };
      return { next: sitePath(region.site, pagePath("reportSent", { offerId: String(offerId) })) };
    },
  });
}
