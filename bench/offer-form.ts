/** The offer form as a browser without JavaScript sends it: shared by `npm run bench` and `npm run loadtest`. */

const decodeHtml = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export type HiddenInputs = [string, string][];

/** The hidden inputs in a piece of HTML (a page, or one form of it): for a Server Action, its ids and bound values. */
export function hiddenInputsOf(html: string): HiddenInputs {
  return [...html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map(([tag]) => [
    decodeHtml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? ""),
    decodeHtml(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? ""),
  ]);
}

/** The hidden inputs of the offer form as rendered for a browser without JavaScript (the Server Action's ids). */
export async function hiddenInputs(baseUrl: string, formPath: string): Promise<HiddenInputs> {
  const inputs = hiddenInputsOf(await (await fetch(`${baseUrl}${formPath}`)).text());
  if (!inputs.some(([name]) => name.startsWith("$ACTION"))) throw new Error(`No Server Action form on ${formPath}`);
  return inputs;
}

/** What a landlord types in, as the browser posts it (multipart, as a form with a Server Action is sent). */
export function offerForm(hidden: HiddenInputs, landlord: number, sequence: number, contactEmail: string): FormData {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  // Today in Germany, as the form checks it: between midnight there and midnight UTC the UTC date is yesterday's.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
  const fields: [string, string][] = [
    ["title", `Helle 2-Zimmer-Wohnung Nummer ${sequence}`],
    ["description", "Ruhige Lage, Bus in 3 Minuten, Supermarkt um die Ecke."],
    ["place", "Innenstadt"],
    ["postalCode", "86150"],
    ["type", "FLAT"],
    ["rooms", "2"],
    ["areaSqm", "48"],
    ["beds", "3"],
    ["residents", "NOBODY"],
    ["availableFrom", today],
    ["rentType", "RENTED"],
    ["coldRent", "450"],
    ["runningCosts", "120"],
    ["kitchen", "on"],
    ["languages", "de"],
    ["languages", "uk"],
    ["contactName", `Vermieterin ${landlord}`],
    ["contactPhone", "+49 170 1234567"],
    ["contactEmail", contactEmail],
    ["showName", "on"],
    ["contactRequests", "on"],
    ["durationDays", "14"],
    ["privacyConsent", "on"],
  ];
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** What an offer form answered instead of the "sent" page: the text of its error summary, tags removed. */
export type PostedOffer = { status: number; ms: number; sent: boolean; refusal?: string };

function refusalOf(html: string) {
  const alert = /<div role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  return alert === undefined ? undefined : decodeHtml(alert.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();
}

/**
 * Posts one offer form. It counts as sent when it ends on the "sent" page, which the action redirects to only
 * after the offer and its outbox mail are stored.
 */
export async function postOffer(baseUrl: string, formPath: string, body: FormData): Promise<PostedOffer> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${formPath}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: baseUrl, accept: "text/html" },
  });
  const html = await response.text();
  const sent = response.status === 303 && (response.headers.get("location") ?? "").includes("/anbieten/gesendet");
  return { status: response.status, ms: performance.now() - started, sent, refusal: sent ? undefined : refusalOf(html) };
}
