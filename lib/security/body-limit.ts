import type { Locale } from "@/lib/i18n/routing";
import { errorPageResponse, refusalTexts } from "./error-page";

/** The largest form Next.js accepts for a Server Action (its default `bodySizeLimit`, 1 MB). */
export const maxFormBytes = 1024 * 1024;

export function exceedsFormLimit(request: Request): boolean {
  return request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > maxFormBytes;
}

/**
 * The answer to a form larger than that, before Next.js would fail on it with a bare 500: 413 and a short page in
 * the visitor's language saying that nothing was saved.
 */
export async function formTooLargeResponse(locale: Locale): Promise<Response> {
  const t = await refusalTexts(locale);
  return errorPageResponse({ locale, status: 413, title: t("tooLargeTitle"), text: t("tooLargeText") });
}
