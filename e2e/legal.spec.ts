import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import {
  formPath,
  localePrefix,
  offerForm,
  publishOffer,
  startsWith,
  submitOffer,
  translator,
  type TestLocale,
} from "./support/offers";
import { test } from "./support/test";

/**
 * A region's privacy policy and imprint, the links that lead there (footer, the offer form's consent checkbox)
 * and the region's own logo and accent colour on its pages.
 */

type SeededRegion = {
  slug: string;
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  privacyPolicyVersion: string;
  hostnames: string[];
  logoUrl?: string;
  accentColor?: string;
};
const regions = JSON.parse(readFileSync(new URL("../prisma/regions.json", import.meta.url), "utf8")) as SeededRegion[];
const seeded = regions.find((region) => region.slug === SEEDED_REGION)!;
/** A region without logo and colour of its own. */
const plain = regions.find((region) => !region.logoUrl && !region.accentColor && region.hostnames.length === 0)!;

const operator = { name: "Tür an Tür – Digitalfabrik gGmbH", street: "Wertachstraße 29", city: "86153 Augsburg" };
/** lib/env.ts's default; the e2e server does not set RETENTION_DAYS. */
const retentionDays = 30;

function privacyPath(locale: TestLocale, region = SEEDED_REGION) {
  return `${localePrefix(locale)}/${region}/datenschutz`;
}

for (const locale of ["de", "uk"] as const) {
  test(`the privacy policy (${locale}) names the region, the operator, the retention periods and its version`, async ({
    page,
  }) => {
    const t = translator(locale);
    await page.goto(privacyPath(locale));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Privacy.heading"));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    const main = page.getByRole("main");
    await expect(main).toContainText(seeded.name);
    await expect(main).toContainText(operator.name);
    await expect(main).toContainText(operator.street);
    await expect(main.getByRole("link", { name: "hallo@digitalfabrik.org" }).first()).toHaveAttribute(
      "href",
      "mailto:hallo@digitalfabrik.org",
    );
    // The region's mailbox receives every mail by BCC; its contact is named.
    await expect(main).toContainText("kommune@musterhausen.example");
    await expect(main).toContainText(seeded.contactName);

    const durations = new Intl.ListFormat(locale, { type: "disjunction" }).format(["3", "7", "14", "30"]);
    await expect(main).toContainText(t("Privacy.retention.unconfirmed", { hours: 48 }));
    await expect(main).toContainText(t("Privacy.retention.display", { durations, extension: 7 }));
    await expect(main).toContainText(t("Privacy.retention.erasure", { days: retentionDays }));
    await expect(main).toContainText(t("Privacy.version", { version: seeded.privacyPolicyVersion }));
    await expect(main).toContainText(t("Privacy.versionConsent", { version: seeded.privacyPolicyVersion }));
    await expect(main).toContainText(t("Privacy.purpose.legalBasis"));
    await expect(main).toContainText(t("Privacy.rights.erasure", { deleteButton: t("Mail.actions.delete") }));

    // One h1, then sections of h2: no level is skipped.
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);
    expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(8);

    const germanVersion = main.getByRole("link", { name: t("Privacy.germanVersion") });
    if (locale === "de") {
      await expect(germanVersion).toHaveCount(0);
    } else {
      // The translation says that German is binding and leads to the German text.
      await expect(main).toContainText(t("Privacy.translationNotice"));
      await germanVersion.click();
      await expect(page).toHaveURL(new RegExp(`/${SEEDED_REGION}/datenschutz$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
    }
  });

  test(`the consent checkbox of the offer form (${locale}) links to the region's privacy policy`, async ({ page }) => {
    const t = translator(locale);
    await page.goto(formPath(locale));
    const linkName = /<link>(.*)<\/link>/.exec(t.raw("OfferForm.fields.privacyConsent.label") as string)![1];
    const [policy] = await Promise.all([
      page.waitForEvent("popup"),
      // The link's name may go on with a hint that it opens in a new window.
      page
        .locator("form")
        .getByRole("link", { name: startsWith(linkName) })
        .click(),
    ]);
    await expect(policy).toHaveURL(new RegExp(`${privacyPath(locale)}$`));
    await expect(policy.getByRole("heading", { level: 1 })).toHaveText(t("Privacy.heading"));
    await expect(policy.getByRole("main")).toContainText(
      t("Privacy.version", { version: seeded.privacyPolicyVersion }),
    );
    // The link does not take the form away: what the landlord typed stays.
    await expect(offerForm(page, t).submit).toBeVisible();
  });
}

test("the imprint names the operator and the region as the municipal partner with its contact", async ({ page }) => {
  const t = translator("de");
  await page.goto(`/${SEEDED_REGION}/impressum`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Imprint.heading"));
  const main = page.getByRole("main");
  for (const line of [
    operator.name,
    operator.street,
    operator.city,
    "Amtsgericht Augsburg",
    seeded.name,
    seeded.contactName,
  ]) {
    await expect(main).toContainText(line);
  }
  await expect(main.getByRole("link", { name: "hallo@digitalfabrik.org" })).toHaveAttribute(
    "href",
    "mailto:hallo@digitalfabrik.org",
  );
  await expect(main.getByRole("link", { name: seeded.contactEmail })).toHaveAttribute(
    "href",
    `mailto:${seeded.contactEmail}`,
  );
  await expect(main.getByRole("link", { name: seeded.contactPhone })).toHaveAttribute("href", /^tel:\+?\d+$/);
});

test("every region page's footer links to that region's privacy policy and imprint", async ({ page }) => {
  const t = translator("uk");
  await page.goto(`/uk/${plain.slug}`);
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText(operator.name);
  await footer.getByRole("link", { name: t("Common.privacy") }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/${plain.slug}/datenschutz$`));
  await expect(page.getByRole("main")).toContainText(plain.name);
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: t("Common.imprint") })
    .click();
  await expect(page).toHaveURL(new RegExp(`/uk/${plain.slug}/impressum$`));
  await expect(page.getByRole("main")).toContainText(plain.contactEmail);
});

test("a region's logo and accent colour appear on its pages; other regions keep the default look", async ({ page }) => {
  expect(seeded.logoUrl, "prisma/regions.json gives the demo region a logo").toBeTruthy();
  await page.goto(`/${SEEDED_REGION}/impressum`);
  const header = page.getByRole("banner");
  const logo = header.getByRole("img", { name: seeded.name });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(", ")})`;
  await expect(header).toHaveCSS("background-color", rgb(seeded.accentColor!));
  // Links on the page take the accent too.
  await expect(page.getByRole("main").getByRole("link").first()).toHaveCSS("color", rgb(seeded.accentColor!));

  await page.goto(`/${plain.slug}/impressum`);
  await expect(page.getByRole("banner").getByRole("img")).toHaveCount(0);
  await expect(page.getByRole("banner")).toContainText(plain.name);
  await expect(page.getByRole("banner")).toHaveCSS("background-color", rgb("#1f4e79"));
});

test("the region's mails carry its logo and accent colour", async ({ page, mailCatcher }) => {
  const offer = await submitOffer(page, mailCatcher, { titlePrefix: "Zimmer mit Logo" });
  const published = await publishOffer(page, mailCatcher, offer);
  for (const mail of [offer.confirmation, published]) {
    // prisma/regions.json gives the logo as a path; the seed puts it on APP_URL, where this server serves it.
    const logo = /<img[^>]*>/.exec(mail.html)?.[0] ?? "";
    expect(logo).toContain(`src="${E2E_BASE_URL}${seeded.logoUrl}"`);
    expect(logo).toContain(`alt="${seeded.name}"`);
    expect(mail.html).toContain(`background-color:${seeded.accentColor}`);
  }
  expect((await page.request.get(`${E2E_BASE_URL}${seeded.logoUrl}`)).headers()["content-type"]).toBe("image/png");
});
