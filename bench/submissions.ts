import { benchUrl, landlords, loadSeconds } from "./config";
import { hiddenInputs, offerForm, postOffer } from "./offer-form";

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

/**
 * First one landlord alone, then `landlords` landlords at the same time submit offers one after the other for
 * `loadSeconds`, through the form's Server Action without JavaScript. A submission counts when it ends on the
 * "sent" page, which the action redirects to only after the offer and its outbox mail are stored.
 */
export async function measureSubmissions(formPath: string): Promise<SubmissionResult> {
  const hidden = await hiddenInputs(benchUrl, formPath);
  let sequence = 0;

  /** One submission: its time when it ended on the "sent" page, otherwise null. */
  async function submit(landlord: number): Promise<number | null> {
    sequence++;
    const email = `vermieterin-${landlord}-${sequence}@example.test`;
    const posted = await postOffer(benchUrl, formPath, offerForm(hidden, landlord, sequence, email));
    return posted.sent ? posted.ms : null;
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
