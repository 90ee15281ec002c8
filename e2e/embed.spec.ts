import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page } from "@playwright/test";
import {
  E2E_BASE_URL,
  EMBEDDING_ORIGIN,
  EMBEDDING_PORT,
  HOSTNAME_REGION,
  REGION_HOST_URL,
  SEEDED_REGION,
} from "./support/constants";
import { startEmbeddingSite, type EmbeddingSite } from "./support/embedding-site";
import type { MailCatcher } from "./support/mail-catcher";
import {
  fillOfferForm,
  municipalMailbox,
  offerForm,
  publishOffer,
  submitOffer,
  translator,
  uniqueSuffix,
} from "./support/offers";
import { test } from "./support/test";

/**
 * A municipal website embeds the seeded region's form and listing with the snippets of /{city}/einbetten. The
 * website runs on loopback as EMBEDDING_ORIGIN, which the e2e server puts on the region's list of embed origins;
 * the same pages as http://127.0.0.1:<port> are another origin, which the browser must refuse.
 */

const t = translator("de");
const regionName = "Stadt Musterhausen (Demo)";
const refusedOrigin = `http://127.0.0.1:${EMBEDDING_PORT}`;
const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Snippets = { formScript: string; formIframe: string; listingScript: string; listingIframe: string };

let catcher: MailCatcher;
let site: EmbeddingSite;
let snippets: Snippets;

/** The snippets exactly as staff copy them from the region's /einbetten page. */
async function readSnippets(page: Page): Promise<Snippets> {
  await page.goto(`/${SEEDED_REGION}/einbetten`);
  const code = async (section: "anbieten" | "findflats", kind: "script" | "iframe") => {
    const pageSection = page.getByRole("region", { name: t(`Embed.snippets.pages.${section}`), exact: true });
    const snippet = pageSection.getByRole("region", { name: t(`Embed.snippets.${kind}`) });
    return (await snippet.locator("pre code").textContent()) ?? "";
  };
  return {
    formScript: await code("anbieten", "script"),
    formIframe: await code("anbieten", "iframe"),
    listingScript: await code("findflats", "script"),
    listingIframe: await code("findflats", "iframe"),
  };
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${violation.help}: ${node.target.join(" ")}`),
  );
  expect(found, `axe-core violations on ${page.url()}`).toEqual([]);
}

/** The embedded page's frame on the municipal website (each test page has one). */
async function embeddedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator("iframe").elementHandle())?.contentFrame();
  if (!frame) throw new Error("The municipal page has no iframe");
  return frame;
}

/** How far the iframe's height is from the height of the page inside it, in pixels. */
async function heightGap(page: Page, frame: Frame): Promise<number> {
  const frameHeight = await page.locator("iframe").evaluate((element) => element.getBoundingClientRect().height);
  const contentHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return Math.abs(frameHeight - contentHeight);
}

/** The frame-ancestors directive of a response's Content-Security-Policy. */
/** The frame-ancestors directive; a cached page's answer has a second policy (its script hashes), after a comma. */
function frameAncestorsOf(headers: Record<string, string>): string | undefined {
  return headers["content-security-policy"]
    ?.split(/[;,]/)
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("frame-ancestors "));
}

function frameHeight(page: Page): Promise<number> {
  return page.locator("iframe").evaluate((element) => element.getBoundingClientRect().height);
}

test.beforeAll(async ({ browser, mailCatcher }) => {
  catcher = mailCatcher;
  site = await startEmbeddingSite();
  const page = await browser.newPage({ baseURL: E2E_BASE_URL });
  snippets = await readSnippets(page);
  await page.close();
  site.show("/anbieten", snippets.formScript);
  site.show("/anbieten-iframe", snippets.formIframe);
  site.show("/angebote", snippets.listingScript);
  site.show("/angebote-iframe", snippets.listingIframe);
});
test.afterAll(async () => {
  await site?.stop();
});

test("staff find their region's snippets, the allowed websites and how to change them", async ({ page, context }) => {
  expect(snippets.formScript).toBe(
    `<script src="${E2E_BASE_URL}/embed.js" data-region="${SEEDED_REGION}" data-page="anbieten" data-lang="de" ` +
      `data-title="${t("Embed.frameTitle.anbieten", { region: regionName })}" async></script>`,
  );
  expect(snippets.formIframe).toContain(`src="${E2E_BASE_URL}/${SEEDED_REGION}/eingebettet/anbieten"`);
  expect(snippets.listingScript).toContain('data-page="findflats"');
  expect(snippets.listingIframe).toContain(`src="${E2E_BASE_URL}/${SEEDED_REGION}/eingebettet/findflats"`);

  await page.goto(`/${SEEDED_REGION}/einbetten`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Embed.snippets.heading"));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const origins = page.getByRole("region", { name: t("Embed.snippets.origins.heading") });
  await expect(origins.getByRole("listitem")).toHaveText([EMBEDDING_ORIGIN]);
  await expect(origins).toContainText(t("Embed.snippets.origins.refused"));
  await expect(origins.locator("pre code")).toContainText(`npm run region -- ${SEEDED_REGION} --embed-origins=${EMBEDDING_ORIGIN},`);

  // The copy button puts the snippet on the clipboard and says so.
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E_BASE_URL });
  const scriptSnippet = page
    .getByRole("region", { name: t("Embed.snippets.pages.anbieten"), exact: true })
    .getByRole("region", { name: t("Embed.snippets.script") });
  await scriptSnippet.getByRole("button", { name: t("Embed.snippets.copy") }).click();
  await expect(scriptSnippet.getByRole("status")).toHaveText(t("Embed.snippets.copied"));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippets.formScript);

  await expectNoAxeViolations(page);
});

test("a region with its own hostname gets snippets on that hostname", async ({ page }) => {
  await page.goto(`/${HOSTNAME_REGION}/einbetten`);
  const form = page.getByRole("region", { name: t("Embed.snippets.pages.anbieten") });
  const script = form.getByRole("region", { name: t("Embed.snippets.script") }).locator("pre code");
  // No city segment on the hostname, so the script names no region.
  await expect(script).toContainText(`<script src="${REGION_HOST_URL}/embed.js" data-page="anbieten"`);
  await expect(script).not.toContainText("data-region");
  await expect(form.getByRole("region", { name: t("Embed.snippets.iframe") }).locator("pre code")).toContainText(
    `src="${REGION_HOST_URL}/eingebettet/anbieten"`,
  );
  await expect(page.getByText(t("Embed.snippets.origins.none"))).toBeVisible();
});

test("a landlord sends the form embedded in the municipal website, all inside the resizing frame", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Eingebettetes Zimmer ${suffix}`;
  const email = `embedded-${suffix}@example.test`;

  await page.goto(`${EMBEDDING_ORIGIN}/anbieten`);
  const iframe = page.locator("iframe");
  await expect(iframe).toHaveAttribute("title", t("Embed.frameTitle.anbieten", { region: regionName }));
  const frame = await embeddedFrame(page);
  // offerForm and fillOfferForm find controls by role and label only, which a frame offers just like a page.
  const inFrame = frame as unknown as Page;
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(t("OfferForm.heading"));
  await expect(frame.getByRole("banner")).toHaveCount(0);
  await expect(frame.getByRole("contentinfo")).toHaveCount(0);

  // The frame grows to the whole form, so the municipal page has one scroll bar only.
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(1500);
  await expect.poll(() => heightGap(page, frame)).toBeLessThanOrEqual(1);

  // Errors show inside the frame.
  await offerForm(inFrame, t).submit.click();
  await expect(offerForm(inFrame, t).title).toHaveAttribute("aria-invalid", "true");

  await fillOfferForm(inFrame, t, { title, email });
  await offerForm(inFrame, t).submit.click();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(t("OfferSubmitted.heading"));
  expect(frame.url()).toBe(`${E2E_BASE_URL}/${SEEDED_REGION}/eingebettet/anbieten/gesendet`);
  expect(page.url()).toBe(`${EMBEDDING_ORIGIN}/anbieten`);
  // A mistyped address leads back to the embedded form, not to the full page.
  await expect(frame.getByRole("link", { name: "tragen Sie Ihr Angebot bitte neu ein" })).toHaveAttribute(
    "href",
    `/${SEEDED_REGION}/eingebettet/anbieten`,
  );

  const confirmation = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === t("Mail.confirmation.subject", { title }),
  );
  expect(confirmation.envelopeTo).toContain(municipalMailbox);

  // The shorter "mail sent" page shrinks the frame again.
  await expect.poll(() => heightGap(page, frame)).toBeLessThanOrEqual(1);
  // Only the app's own frame may set the height: the same message from the municipal page itself changes nothing.
  const height = await frameHeight(page);
  await page.evaluate(() => window.postMessage({ type: "wohnraumboerse:height", height: 20 }, "*"));
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(height);

  // Nothing of this needed a cookie (third-party cookies are blocked in many browsers).
  expect(await page.context().cookies()).toEqual([]);
});

test("the plain iframe snippet works without JavaScript, at its fixed height", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const suffix = uniqueSuffix();
  const title = `Zimmer ohne Skript ${suffix}`;
  const email = `plain-frame-${suffix}@example.test`;

  await page.goto(`${EMBEDDING_ORIGIN}/anbieten-iframe`);
  await expect(page.locator("iframe")).toHaveAttribute("height", "2400");
  const frame = await embeddedFrame(page);
  const inFrame = frame as unknown as Page;
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(t("OfferForm.heading"));

  // Without JavaScript the server checks the form and answers with its errors, inside the frame.
  await offerForm(inFrame, t).submit.click();
  await expect(offerForm(inFrame, t).title).toHaveAttribute("aria-invalid", "true");

  await fillOfferForm(inFrame, t, { title, email });
  await offerForm(inFrame, t).submit.click();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(t("OfferSubmitted.heading"));
  expect(page.url()).toBe(`${EMBEDDING_ORIGIN}/anbieten-iframe`);
  expect(await frameHeight(page)).toBe(2400);
  await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === t("Mail.confirmation.subject", { title }),
  );
  await context.close();
});

test("the embedded listing opens an offer in a new window, with and without JavaScript", async ({
  page,
  context,
  browser,
}) => {
  const offer = await submitOffer(page, catcher, { titlePrefix: "Zimmer aus dem Rahmen" });
  await publishOffer(page, catcher, offer);

  await page.goto(`${EMBEDDING_ORIGIN}/angebote`);
  const frame = await embeddedFrame(page);
  await expect(frame.getByText(t("Embed.listing.newWindow"))).toBeVisible();
  const link = frame.getByRole("link", { name: offer.title });
  await expect(link).toHaveAttribute("target", "_blank");
  const opened = context.waitForEvent("page");
  await link.click();
  const offerPage = await opened;
  await expect(offerPage).toHaveURL(new RegExp(`^${E2E_BASE_URL}/${SEEDED_REGION}/findflats/[^/]+$`));
  await expect(offerPage.getByRole("article").getByText(offer.title, { exact: true })).toBeVisible();
  // The frame still shows the listing.
  expect(frame.url()).toBe(`${E2E_BASE_URL}/${SEEDED_REGION}/eingebettet/findflats`);

  // Without JavaScript (and so with the plain iframe snippet), <base target="_blank"> does the same.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await noScript.newPage();
  await plainPage.goto(`${EMBEDDING_ORIGIN}/angebote-iframe`);
  const plainFrame = await embeddedFrame(plainPage);
  const openedWithoutScript = noScript.waitForEvent("page");
  await plainFrame.getByRole("link", { name: offer.title }).click();
  await expect(await openedWithoutScript).toHaveURL(offerPage.url());
  expect(plainFrame.url()).toBe(`${E2E_BASE_URL}/${SEEDED_REGION}/eingebettet/findflats`);
  await noScript.close();
});

test("a website that is not on the region's list gets no form: the browser refuses the frame", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("frame-ancestors")) refusals.push(message.text());
  });

  await page.goto(`${refusedOrigin}/anbieten`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  expect(refusals[0]).toContain(`frame-ancestors 'self' ${EMBEDDING_ORIGIN}`);
  const frame = await embeddedFrame(page);
  await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
  await expect(frame.getByRole("heading", { name: t("OfferForm.heading") })).toHaveCount(0);
});

test("only the embeddable pages may be framed by the region's websites, and none of them sets a cookie", async ({
  request,
}) => {
  for (const path of [
    `/${SEEDED_REGION}/eingebettet/anbieten`,
    `/${SEEDED_REGION}/eingebettet/anbieten/gesendet`,
    `/uk/${SEEDED_REGION}/eingebettet/findflats`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(frameAncestorsOf(response.headers()), path).toBe(`frame-ancestors 'self' ${EMBEDDING_ORIGIN}`);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
  for (const path of [`/${SEEDED_REGION}/anbieten`, `/${SEEDED_REGION}/findflats`, `/${SEEDED_REGION}/einbetten`]) {
    const response = await request.get(path);
    expect(frameAncestorsOf(response.headers()), path).toBe("frame-ancestors 'self'");
  }
});

// Arabic: right to left, and the snippets' code stays left to right.
for (const path of [
  `/${SEEDED_REGION}/eingebettet/anbieten`,
  `/${SEEDED_REGION}/eingebettet/anbieten/gesendet`,
  `/${SEEDED_REGION}/eingebettet/findflats`,
  `/ar/${SEEDED_REGION}/eingebettet/anbieten`,
  `/ar/${SEEDED_REGION}/einbetten`,
]) {
  test(`axe-core finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
