import type { Locale } from "@/lib/i18n/routing";
import { errorPageResponse, refusalTexts } from "@/lib/security/error-page";

type Refusal = {
  locale: Locale;
  retryAt: Date;
  /** The page the form was posted from, to lead back to. */
  pageHref: string;
  /** Refused for the offers of the typed e-mail address (per day), not for this connection's requests. */
  emailLimit?: boolean;
};

/** The value of `Retry-After`: whole seconds until `retryAt`, at least one. */
export function secondsUntil(retryAt: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
}

/**
 * The answer to a form posted once its limit is used up: 429, `Retry-After` with the seconds until the window
 * ends, and a short page in the visitor's language saying why nothing was saved and when to try again, with a
 * link back to the page the form was posted from.
 */
export async function tooManyRequestsResponse({ locale, retryAt, pageHref, emailLimit }: Refusal, now = new Date()): Promise<Response> {
  const retryAfterSeconds = secondsUntil(retryAt, now);
  const t = await refusalTexts(locale);
  return errorPageResponse({
    locale,
    status: 429,
    title: t("tooManyRequestsTitle"),
    text: emailLimit
      ? t("tooManyOffersForEmailText")
      : t("tooManyRequestsText", { minutes: Math.ceil(retryAfterSeconds / 60) }),
    back: { href: pageHref, label: t("tooManyRequestsBack") },
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}
