import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { E2E_BASE_URL, E2E_SERVER_LOG, SEEDED_REGION, SMTP_PORT } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import {
  fillOfferForm,
  formPath,
  linkPath,
  municipalMailbox,
  offerForm,
  startsWith,
  translator,
  uniqueSuffix,
} from "./support/offers";
import { test } from "./support/test";

/**
 * Makes the server log warnings while it handles a landlord's personal data, so that the check after all specs
 * (server-log.teardown.ts) reads a log that has such lines. Each test waits until its line is in the log.
 */

const de = translator("de");
const landlordPhone = "0170 7654321";
const rejectedPrefix = "abgelehnt-";
test.use({ mailCatcherOptions: { port: SMTP_PORT, refuses: (address) => address.startsWith(rejectedPrefix) } });

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

function linesOfServerLog(containing: string): number {
  return readFileSync(E2E_SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.includes(containing)).length;
}

test("a mail server refusing the landlord's address is logged, the mail still reaches the municipality", async ({
  page,
}) => {
  const warning = "the SMTP server rejected 1 of its recipients";
  const before = linesOfServerLog(warning);
  const suffix = uniqueSuffix();
  const email = `${rejectedPrefix}${suffix}@example.test`;

  await page.goto(formPath("de"));
  await fillOfferForm(page, de, { title: `Zimmer mit Gartenblick ${suffix}`, email });
  await page.getByLabel(startsWith(de("OfferForm.fields.contactPhone.label"))).fill(landlordPhone);
  await offerForm(page, de).submit.click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}${formPath("de")}/gesendet`);

  await expect
    .poll(() => catcher.mails.filter((mail) => mail.subject.includes(suffix)).map((mail) => mail.envelopeTo))
    .toEqual([[municipalMailbox]]);
  await expect.poll(() => linesOfServerLog(warning)).toBe(before + 1);
});

test("an offer form sent to a server action of another deployment is logged and answered with 409", async ({
  request,
}) => {
  // A form from an older deployment: its action id is unknown to this one.
  const staleActionId = randomBytes(21).toString("hex");
  const response = await request.post(formPath("de"), {
    multipart: {
      [`$ACTION_ID_${staleActionId}`]: "",
      title: "Zimmer am Wasserturm",
      contactName: "Erika Gastfreundlich",
      contactEmail: `veraltet-${uniqueSuffix()}@example.test`,
      contactPhone: landlordPhone,
    },
  });
  expect(response.status()).toBe(409);
  await expect.poll(() => linesOfServerLog(`Failed to find Server Action "${staleActionId}"`)).toBe(1);
});

test("mail links with a broken or unknown token show the invalid-link page", async ({ page }) => {
  for (const token of ["kurz", randomBytes(32).toString("base64url")]) {
    await page.goto(linkPath(token, "bestaetigen"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Link ist ungültig");
  }
  await page.goto(`/${SEEDED_REGION}/kommune/anmelden/${randomBytes(32).toString("base64url")}`);
  await expect(page.getByText(de("Staff.link.unknown"))).toBeVisible();
});
