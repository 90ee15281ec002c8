import { benchUrl, landlords, loadSeconds } from "./config";

export type SubmissionResult = {
  /** One landlord alone, five offers one after the other: the median. */
  aloneMs: number;
  landlords: number;
  submitted: number;
  failures: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
};

export function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const decodeHtml = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden inputs of the offer form as rendered for a browser without JavaScript (the Server Action's ids). */
async function hiddenInputs(formPath: string): Promise<[string, string][]> {
  const html = await (await fetch(`${benchUrl}${formPath}`)).text();
  const inputs = [...html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map(([tag]) => [
    decodeHtml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? ""),
    decodeHtml(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? ""),
  ]);
  if (!inputs.some(([name]) => name.startsWith("$ACTION"))) throw new Error(`No Server Action form on ${formPath}`);
  return inputs as [string, string][];
}

/** What a landlord types in, as the browser posts it (multipart, as a form with a Server Action is sent). */
function offerForm(hidden: [string, string][], landlord: number, sequence: number): FormData {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  const today = new Date().toISOString().slice(0, 10);
  const fields: [string, string][] = [
    ["title", `Helle 2-Zimmer-Wohnung Nummer ${sequence}`],
    ["description", "Ruhige Lage, Bus in 3 Minuten, Supermarkt um die Ecke."],
    ["place", "Innenstadt"],
    ["postalCode", "86150"],
    ["type", "FLAT"],
    ["rooms", "2"],
    ["areaSqm", "48"],
    ["beds", "3"],
    ["availableFrom", today],
    ["coldRent", "450"],
    ["runningCosts", "120"],
    ["kitchen", "on"],
    ["languages", "de"],
    ["languages", "uk"],
    ["contactName", `Vermieterin ${landlord}`],
    ["contactPhone", "+49 170 1234567"],
    ["contactEmail", `vermieterin-${landlord}-${sequence}@example.test`],
    ["showName", "on"],
    ["durationDays", "14"],
    ["privacyConsent", "on"],
  ];
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/**
 * First one landlord alone, then `landlords` landlords at the same time submit offers one after the other for
 * `loadSeconds`, through the form's Server Action without JavaScript. A submission counts when it ends on the
 * "sent" page, which the action redirects to only after the offer and its outbox mail are stored.
 */
export async function measureSubmissions(formPath: string): Promise<SubmissionResult> {
  const hidden = await hiddenInputs(formPath);
  let sequence = 0;

  /** One submission: its time when it ended on the "sent" page, otherwise null. */
  async function submit(landlord: number): Promise<number | null> {
    const body = offerForm(hidden, landlord, sequence++);
    const sent = performance.now();
    const response = await fetch(`${benchUrl}${formPath}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { origin: benchUrl, accept: "text/html" },
    });
    await response.arrayBuffer();
    const ok = response.status === 303 && (response.headers.get("location") ?? "").includes("/anbieten/gesendet");
    return ok ? performance.now() - sent : null;
  }

  const alone: number[] = [];
  for (let offer = 0; offer < 5; offer++) alone.push((await submit(landlords)) ?? Number.NaN);

  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + loadSeconds * 1000;
  async function landlord(number: number) {
    while (performance.now() < deadline) {
      const latency = await submit(number);
      if (latency === null) failures++;
      else latencies.push(latency);
    }
  }
  await Promise.all(Array.from({ length: landlords }, (_, number) => landlord(number)));
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.toSorted((a, b) => a - b);
  return {
    aloneMs: Math.round(percentile(alone.toSorted((a, b) => a - b), 0.5)),
    landlords,
    submitted: latencies.length,
    failures,
    perSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(sorted, 0.5)),
    p95Ms: Math.round(percentile(sorted, 0.95)),
  };
}
