import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { benchUrl } from "./config";

/** Debian's chromium, as in playwright.config.ts; elsewhere Playwright's own browser. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/**
 * A German visitor's browser. The bench's blank page is prerendered outside a region, where the proxy's policy
 * expects a per-request nonce and would block its scripts; bypassing the policy measures what each page loads.
 */
const contextOptions = { locale: "de-DE", bypassCSP: true };

export type ScriptBytes = { path: string; scripts: number; gzipBytes: number; allGzip: boolean };

/** The JavaScript a browser actually loads for a page (until the network is idle), as transferred (compressed). */
export async function scriptBytes(browser: Browser, path: string): Promise<ScriptBytes> {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const transfers: Promise<{ bytes: number; gzip: boolean }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    transfers.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        bytes: sizes.responseBodySize,
        gzip: response?.headers()["content-encoding"] === "gzip",
      })),
    );
  });
  const response = await page.goto(`${benchUrl}${path}`, { waitUntil: "networkidle" });
  if (response?.status() !== 200 || new URL(page.url()).pathname !== path) throw new Error(`${path} did not load in Chromium`);
  const loaded = await Promise.all(transfers);
  await context.close();
  return {
    path,
    scripts: loaded.length,
    gzipBytes: loaded.reduce((sum, script) => sum + script.bytes, 0),
    allGzip: loaded.every((script) => script.gzip),
  };
}

/** Chrome DevTools' "Slow 4G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
const slow4g = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1_000_000 * 0.9) / 8, uploadThroughput: (750 * 1000 * 0.9) / 8 };

/** Time from navigation to the first contentful paint, with an empty cache on a Slow 4G connection. */
async function firstPaintMs(browser: Browser, path: string): Promise<number> {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", slow4g);
  await page.goto(`${benchUrl}${path}`, { waitUntil: "load", timeout: 60_000 });
  const paint = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((entries) => {
          const first = entries.getEntriesByName("first-contentful-paint")[0];
          if (first) resolve(first.startTime);
        }).observe({ type: "paint", buffered: true });
      }),
  );
  await context.close();
  return Math.round(paint);
}

/** The median of three cold loads. */
export async function medianFirstPaintMs(browser: Browser, path: string): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) runs.push(await firstPaintMs(browser, path));
  return runs.toSorted((a, b) => a - b)[1];
}
