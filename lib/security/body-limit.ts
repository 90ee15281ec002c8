import { createTranslator } from "next-intl";
import { textDirection } from "@/lib/i18n/direction";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** The largest form Next.js accepts for a Server Action (its default `bodySizeLimit`, 1 MB). */
export const maxFormBytes = 1024 * 1024;

export function exceedsFormLimit(request: Request): boolean {
  return request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > maxFormBytes;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The answer to a form larger than that, before Next.js would fail on it with a bare 500: 413 and a short page in
 * the visitor's language saying that nothing was saved.
 */
export async function formTooLargeResponse(locale: Locale): Promise<Response> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "Error" });
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("tooLargeTitle"))}</title></head>
<body><main><h1>${escapeHtml(t("tooLargeTitle"))}</h1><p>${escapeHtml(t("tooLargeText"))}</p></main></body></html>`;
  return new Response(html, { status: 413, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
