/** The review queue (/{city}/kommune/pruefen) as a signed-in member of staff uses it in a browser without JavaScript. */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { benchSecrets, root } from "./config";
import { hiddenInputsOf, type HiddenInputs } from "./offer-form";

/** The app's German texts, from the same message file: what staff and seekers read. */
export const german = createTranslator({
  locale: "de",
  messages: JSON.parse(readFileSync(path.join(root, "messages", "de.json"), "utf8")),
});

/** A staff session's cookie for the region, signed as lib/staff/session.ts signs it (with the bench's secret). */
export function staffCookie(regionSlug: string): string {
  const payload = `${regionSlug}.${Date.now() + 60 * 60 * 1000}`;
  const signature = createHmac("sha256", benchSecrets.TOKEN_SECRET).update(`staff-session:${payload}`).digest("base64url");
  return `staff_session=${payload}.${signature}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The queue's approve forms, in the page's order: the offer's title (from the button's label) and the form's hidden fields. */
export function approveForms(html: string): { title: string; hidden: HiddenInputs }[] {
  const [before, after] = german.raw("Staff.review.approveLabel").split("{title}");
  const label = new RegExp(`aria-label="${escapeRegExp(before)}([^"]*)${escapeRegExp(after)}"`);
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].flatMap(([form]) => {
    const title = label.exec(form)?.[1];
    return title === undefined ? [] : [{ title, hidden: hiddenInputsOf(form) }];
  });
}

/**
 * Presses an approve button: posts its form as the browser does (multipart, with the staff cookie, from the site
 * itself). Resolves with the time until the answer, or throws unless the queue was named as the next page with the
 * offer approved.
 */
export async function approve(baseUrl: string, queuePath: string, cookie: string, hidden: HiddenInputs): Promise<number> {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  const started = performance.now();
  const response = await fetch(`${baseUrl}${queuePath}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: baseUrl, cookie, accept: "text/html" },
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  const location = response.headers.get("location") ?? "";
  if (response.status !== 303 || !location.includes("ergebnis=approved")) {
    throw new Error(`approving answered ${response.status} to ${location || "nowhere"}`);
  }
  return Math.round(ms);
}
