import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

/*
 * What every mail's rendering shares. The domains render their own mails from the templates in emails/
 * (lib/offers/offer-mails.ts, lib/alerts/alert-mails.ts, …); this module knows none of them.
 */

export type RenderedMail = { subject: string; html: string; text: string };

/**
 * The plain-text part from the HTML, as react-email's `toPlainText` makes it, but compiled once: html-to-text
 * otherwise parses its selectors again for every mail, which costs more than rendering the mail itself.
 * Headings keep their case (html-to-text would upper-case them); every link is followed by its full URL.
 */
const plainText = compile({
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
});

/** HTML and plain text of a mail; the subject becomes one safe header line. */
export async function renderMail(subject: string, element: ReactElement): Promise<RenderedMail> {
  const html = await render(element);
  return { subject: subjectSafe(subject), html, text: plainText(html).trim() + "\n" };
}

// C0/C1 control characters (CR, LF, TAB, …), line/paragraph separators and bidirectional controls.
const unsafeInHeader = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text, safe inside a mail header: no control characters, no line breaks. */
export function subjectSafe(value: string): string {
  return value.replace(unsafeInHeader, " ").replace(/\s+/g, " ").trim();
}

/** The URL, if it is an http(s) one: a mail's buttons never carry another scheme. */
export function requireHttpUrl(url: string, name: string): string {
  const { protocol } = new URL(url);
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`${name} must be an http(s) URL`);
  return url;
}
