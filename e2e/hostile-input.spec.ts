import { expect, type APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { fillOfferForm, listingPath, offerForm, publishOffer, tokenOf, todayInGermany, translator, uniqueSuffix } from "./support/offers";
import { test } from "./support/test";

/**
 * Hostile input over real HTTP: the offer form posted as a browser without JavaScript would post it (multipart,
 * with the page's hidden Server Action fields), a script in an accepted offer's title on the listing page, and the
 * API with bad parameters. tests/hostile-input.test.ts covers the full table of cases below the HTTP layer.
 * playwright.config.ts starts the server with MIN_FILL_SECONDS=0 and OFFERS_PER_EMAIL_PER_DAY=3.
 */

test.use({ javaScriptEnabled: false });

const de = translator("de");
const uk = translator("uk");

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

function decodeEntities(value: string) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The hidden inputs of the page's form: Next.js's action fields and the signed start stamp. */
async function hiddenFieldsOf(request: APIRequestContext, path: string): Promise<[string, string][]> {
  const html = await (await request.get(path)).text();
  const fields: [string, string][] = [];
  for (const [input] of html.matchAll(/<input\b[^>]*>/g)) {
    if (!/\btype="hidden"/.test(input)) continue;
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields.push([decodeEntities(name), decodeEntities(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  expect(fields.map(([name]) => name)).toContain("formStartedAt");
  expect(fields.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
  return fields;
}

type Fields = Record<string, string | string[] | null>;

function validFields(email: string): Fields {
  return {
    type: "ROOM",
    title: `Zimmer am Stadtpark ${uniqueSuffix()}`,
    description: "Ruhige Lage.",
    place: "Musterhausen-Süd",
    postalCode: "12349",
    rooms: "1",
    beds: "2",
    residents: "NOBODY",
    availableFrom: todayInGermany(),
    rentType: "FREE",
    contactName: "Erika Gastfreundlich",
    contactEmail: email,
    // Ticked in a new form: seekers reach the landlord through contact requests.
    contactRequests: "on",
    durationDays: "7",
    privacyConsent: "on",
  };
}

/** Posts the offer form like a browser without JavaScript: multipart, the page's hidden fields first. */
async function postOfferForm(request: APIRequestContext, path: string, fields: Fields) {
  const hidden = await hiddenFieldsOf(request, path);
  const form = new FormData();
  for (const [name, value] of hidden) if (!(name in fields)) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) {
    for (const item of value === null ? [] : Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  // A browser sends its origin with a form post; Next.js refuses Server Actions from other origins.
  const response = await request.post(path, { multipart: form, headers: { Origin: E2E_BASE_URL } });
  return { response, html: await response.text() };
}

/** No stack trace or error internals reach the page. */
function expectNoInternals(html: string) {
  expect(html).not.toMatch(/\n\s+at .+\.(js|ts):\d+/);
  expect(html).not.toMatch(/PrismaClient|ZodError|TypeError|Invariant/);
}

const formPath = `/${SEEDED_REGION}/anbieten`;

const fieldCases: [string, string, Fields, string][] = [
  ["a right-to-left override in the title", formPath, { title: "Zimmer \u202Ekrapdats ma" }, de("OfferForm.errors.invalidText")],
  ["a script as postal code", formPath, { postalCode: "<script>alert(1)</script>" }, de("OfferForm.errors.postalCode")],
  ["two e-mail addresses", formPath, { contactEmail: "anna@example.test, bcc@evil.test" }, de("OfferForm.errors.email")],
  ["a header line in the e-mail address", formPath, { contactEmail: "anna@example.test\r\nBcc: x@evil.test" }, de("OfferForm.errors.email")],
  ["no privacy consent", formPath, { privacyConsent: null }, de("OfferForm.errors.consent")],
  ["a display time sent twice", formPath, { durationDays: ["7", "30"] }, de("OfferForm.errors.choice")],
  ["a negative number of beds", formPath, { beds: "-3" }, de("OfferForm.errors.range", { min: 1, max: 30 })],
  ["a date far in the future", formPath, { availableFrom: "9999-12-31" }, de("OfferForm.errors.dateTooFar")],
  ["a title of 100 000 characters (Ukrainian form)", `/uk${formPath}`, { title: "Я".repeat(100_000) }, uk("OfferForm.errors.tooLong", { max: 80 })],
];

for (const [name, path, changes, message] of fieldCases) {
  test(`the no-JavaScript form answers ${name} with its field error and stores nothing`, async ({ request }) => {
    const email = `hostile-${uniqueSuffix()}@example.test`;
    const { response, html } = await postOfferForm(request, path, { ...validFields(email), ...changes });
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).pathname).toBe(path);
    expect(decodeEntities(html)).toContain(message);
    expectNoInternals(html);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(email))).toEqual([]);
  });
}

test("a body of over 1 MB is refused without a stack trace and stores nothing", async ({ request }) => {
  const email = `huge-${uniqueSuffix()}@example.test`;
  const { response, html } = await postOfferForm(request, formPath, { ...validFields(email), description: "x".repeat(2 * 1024 * 1024) });
  // The proxy refuses forms over Next.js's Server Action limit (1 MB) before Next.js would fail on them.
  expect(response.status()).toBe(413);
  expect(decodeEntities(html)).toContain(de("RefusedRequest.tooLargeText"));
  expectNoInternals(html);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(email))).toEqual([]);
});

test("markup typed into a refused form comes back as the field's value, not as markup", async ({ request }) => {
  const payload = `"><script>window.pwned=1</script><img src=x onerror=alert(1)>`;
  const { html } = await postOfferForm(request, formPath, { ...validFields(`x-${uniqueSuffix()}@example.test`), title: `Zimmer ${payload}`, privacyConsent: null });
  expect(decodeEntities(html)).toContain(de("OfferForm.errors.consent"));
  expect(html).not.toContain(payload);
  expect(html).not.toContain("<script>window.pwned");
  expect(html).toContain("&lt;script&gt;window.pwned=1&lt;/script&gt;");
});

for (const [name, changes] of [
  ["a filled-in honeypot", { website: "https://spam.example" }],
  ["a missing start stamp", { formStartedAt: "" }],
  ["a forged start stamp", { formStartedAt: `${Date.now() - 600_000}.${"0".repeat(64)}` }],
] as [string, Fields][]) {
  test(`a bot's submission with ${name} gets "please try again" and stores nothing`, async ({ request }) => {
    const email = `bot-${uniqueSuffix()}@example.test`;
    const { response, html } = await postOfferForm(request, formPath, { ...validFields(email), ...changes });
    expect(response.status()).toBe(200);
    expect(decodeEntities(html)).toContain(de("OfferForm.errors.tryAgain"));
    expectNoInternals(html);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(email))).toEqual([]);
  });
}

test("after OFFERS_PER_EMAIL_PER_DAY offers of one e-mail address: without JavaScript a 429 page, with it a 429 answer the form shows in place", async ({
  request,
  browser,
}) => {
  const email = `Vielschreiberin-${uniqueSuffix()}@example.test`;
  for (let offer = 0; offer < 3; offer++) {
    const { response } = await postOfferForm(request, formPath, validFields(offer === 1 ? email.toLowerCase() : email));
    expect(new URL(response.url()).pathname).toBe(`${formPath}/gesendet`);
  }

  const { response, html } = await postOfferForm(request, `/uk${formPath}`, validFields(email.toUpperCase()));
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect(Number(response.headers()["retry-after"])).toBeLessThanOrEqual(24 * 3600);
  expect(html).toContain('<html lang="uk"');
  expect(decodeEntities(html)).toContain(uk("RefusedRequest.tooManyOffersForEmailText"));
  expect(html).toContain(`href="/uk${formPath}"`);
  expectNoInternals(html);

  // With JavaScript the Server Action refuses in place and keeps what was typed; its answer is a 429 too.
  const scripted = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: true });
  const page = await scripted.newPage();
  await page.goto(`/uk${formPath}`);
  const title = `Zimmer Nummer vier ${uniqueSuffix()}`;
  await fillOfferForm(page, uk, { title, email });
  const actionAnswer = page.waitForResponse((answer) => answer.request().method() === "POST");
  await offerForm(page, uk).submit.click();
  const action = await actionAnswer;
  expect(await action.request().headerValue("next-action")).toBeTruthy();
  expect(action.status()).toBe(429);
  expect(Number(action.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("alert").filter({ hasText: uk("OfferForm.errors.rateLimitedEmail") })).toBeVisible();
  await expect(offerForm(page, uk).title).toHaveValue(title);
  await scripted.close();

  await expect.poll(() => catcher.mails.filter((mail) => mail.envelopeTo.includes(email.toLowerCase())).length).toBe(3);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(email.toLowerCase()))).toHaveLength(3);
});

test("a mail button's page says in the landlord's language when too many presses came from one address", async ({ page, request }) => {
  // The limit itself is counted in tests/abuse/abuse-limits.test.ts; this is the page the action then leads to.
  const email = `links-${uniqueSuffix()}@example.test`;
  await postOfferForm(request, formPath, validFields(email));
  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email));
  const token = tokenOf(confirmation.text.match(/https?:\/\/\S+\/bestaetigen/)?.[0] ?? "");
  await page.goto(`/uk/${SEEDED_REGION}/angebot/${token}/bestaetigen?ergebnis=rateLimited`);
  await expect(page.getByRole("status")).toHaveText(uk("OfferLink.rateLimited"));
  await expect(page.getByRole("button", { name: uk("OfferLink.confirm.button") })).toBeVisible();
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("a script in an accepted offer's title is shown as text on the listing page and in the API", async ({ page, request }) => {
    const suffix = uniqueSuffix();
    const title = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> ${suffix}`.slice(0, 80);
    const email = `markup-${suffix}@example.test`;
    await page.goto(formPath);
    await fillOfferForm(page, de, { title, email, description: `<b>fett</b> <script>window.pwned=3</script>` });
    await offerForm(page, de).submit.click();
    await expect(page).toHaveURL(new RegExp(`${formPath}/gesendet$`));
    const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email));
    expect(confirmation.subject).toContain(title);
    expect(confirmation.html).not.toContain("<script>window.pwned");
    const confirmLink = confirmation.text.match(/https?:\/\/\S+\/bestaetigen/)?.[0] ?? "";
    await publishOffer(page, catcher, { title, email, confirmation, confirmLink, token: tokenOf(confirmLink) });

    await page.goto(listingPath("de"));
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator("script", { hasText: "window.pwned" })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    const api = await request.get(`/api/v1/${SEEDED_REGION}/offers`);
    expect(api.headers()["content-type"]).toMatch(/^application\/json/);
    const offer = ((await api.json()).offers as { title: string; description: string }[]).find((item) => item.title === title);
    expect(offer?.description).toBe("<b>fett</b> <script>window.pwned=3</script>");
  });
});

test("link pages with tokens of the wrong length or alphabet say the link is invalid", async ({ request }) => {
  for (const token of ["abc", "A".repeat(43), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "A".repeat(2000), "'%20OR%20'1'%3D'1"]) {
    const response = await request.get(`/${SEEDED_REGION}/angebot/${token}/bestaetigen`);
    expect(response.status(), token).toBeLessThan(500);
    const html = await response.text();
    expect(decodeEntities(html)).toContain(de("OfferLink.invalidTitle"));
    expect(html).not.toContain("<script>alert(1)");
    expectNoInternals(html);
    // Its button's address changes nothing and leads back to that page. Not for the longest token: next-intl's Link
    // header names the path once per language, and with the Location the answer's headers pass Node's 16 KB limit.
    if (token.length > 1000) continue;
    const pressed = await request.post(`/${SEEDED_REGION}/angebot/${token}/bestaetigen/ausfuehren`, { maxRedirects: 0 });
    expect(pressed.status(), token).toBe(303);
    expect(pressed.headers()["location"], token).toBe(`/${SEEDED_REGION}/angebot/${token}/bestaetigen`);
  }
});

test("the API answers bad parameters with 400 JSON and unknown regions with 404 JSON", async ({ request }) => {
  const cases: [string, number, string | undefined][] = [
    [`/api/v1/${SEEDED_REGION}/offers?lang=xx`, 400, "lang"],
    [`/api/v1/${SEEDED_REGION}/offers?lang=${encodeURIComponent("<script>alert(1)</script>")}`, 400, "lang"],
    [`/api/v1/${SEEDED_REGION}/offers?lang=de&lang=uk`, 400, "lang"],
    [`/api/v1/${SEEDED_REGION}/offers?limit=-1`, 400, "limit"],
    [`/api/v1/${SEEDED_REGION}/offers?lang=${"x".repeat(4000)}`, 400, "lang"],
    ["/api/v1/regions?%27%20OR%201%3D1=1", 400, "' OR 1=1"],
    [`/api/v1/${encodeURIComponent("<script>")}/offers`, 404, undefined],
    [`/api/v1/${encodeURIComponent("'; DROP TABLE \"Offer\"; --")}/offers`, 404, undefined],
  ];
  for (const [path, status, parameter] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
    const body = await response.json();
    expect(typeof body.error, path).toBe("string");
    if (parameter !== undefined) expect(body.parameter, path).toBe(parameter);
  }
});
