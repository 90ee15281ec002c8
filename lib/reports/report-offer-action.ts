"use server";

import { hasLocale } from "next-intl";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { reportOffer, type ReportOutcome } from "./report-offer";
import { formDataToReport, reportFieldErrors, reportSchema, submittedReport, type ReportFormState } from "./report-schema";

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
  const language: Locale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const raw = formDataToReport(formData);
  const values = submittedReport(raw);

  const result = reportSchema.safeParse(raw);
  if (!result.success) return { values, errors: reportFieldErrors(result.error.issues) };

  const region = await getRegion(String(regionSlug));
  if (!region) return { values, errors: {}, formError: "offerUnavailable" };

  let outcome: ReportOutcome;
  try {
    outcome = await reportOffer(region.slug, String(offerId), result.data, await clientAddressKey());
  } catch (error) {
    // Only the error's kind: its message may quote what the reporter typed.
    console.error("reportOfferAction: storing the report failed", { region: region.slug, error: (error as Error)?.name });
    return { values, errors: {}, formError: "unexpected" };
  }
  if (outcome !== "reported") return { values, errors: {}, formError: outcome };
  deliverAfterResponse();

  // Outside the try block: redirect() works by throwing. (`return` only tells TypeScript that it never returns.)
  return redirect({ href: sitePath(region.site, pagePath("reportSent", { offerId: String(offerId) })), locale: language });
}
