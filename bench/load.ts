import autocannon from "autocannon";
import { benchUrl, connections, loadSeconds, warmUpSeconds } from "./config";

export type LoadResult = {
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx, and connection errors: any of them makes the run worthless. */
  failures: number;
};

/** Extra request headers, e.g. a staff session's cookie. */
export type Headers = Record<string, string>;

/** Requests as a phone's browser sends them (gzip accepted), from `connections` connections at once. */
function cannon(path: string, seconds: number, base: string, headers: Headers) {
  return autocannon({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip", accept: "text/html,application/json", ...headers },
  });
}

/** A short load before the measured one: fills caches and lets the server's code warm up. */
export async function warmUp(path: string, base = benchUrl, headers: Headers = {}): Promise<void> {
  await cannon(path, warmUpSeconds, base, headers);
}

/** Measures one path for `seconds` (after `warmUp`) on the server at `base`. */
export async function measureLoad(path: string, seconds = loadSeconds, base = benchUrl, headers: Headers = {}): Promise<LoadResult> {
  const result = await cannon(path, seconds, base, headers);
  return {
    path,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
  };
}
