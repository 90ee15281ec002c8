import { createTranslator } from "next-intl";
import { textDirection } from "@/lib/i18n/direction";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { escapeMarkup } from "@/lib/markup";

/** The texts of the pages that refuse a request (413, 429, 403), in the visitor's language; server-side only. */
export async function refusalTexts(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "RefusedRequest" });
}

type ErrorPage = {
  locale: Locale;
  status: number;
  title: string;
  text: string;
  /** A link back to the page the visitor came from. */
  back?: { href: string; label: string };
  headers?: Record<string, string>;
};

/**
 * A short page for a refused request, answered before any page renders (413 and 429 from the proxy, 403 from a
 * token page's route handler): a heading and a text in the visitor's language, plain HTML without scripts or
 * styles, never cached.
 */
export function errorPageResponse({ locale, status, title, text, back, headers }: ErrorPage): Response {
  const link = back ? `<p><a href="${escapeMarkup(back.href)}">${escapeMarkup(back.label)}</a></p>` : "";
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeMarkup(title)}</title></head>
<body><main><h1>${escapeMarkup(title)}</h1><p>${escapeMarkup(text)}</p>${link}</main></body></html>`;
  return new Response(html, {
    status,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
