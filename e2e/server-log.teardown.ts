import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_CRON_SECRET, E2E_SERVER_LOG, E2E_TOKEN_SECRET, MAIL_FROM } from "./support/constants";
import { describeLeaks, findLeaks, nonPersonalAddresses } from "./support/log-leaks";

/**
 * Runs after all specs (the "server log" teardown project in playwright.config.ts) on everything `next start`
 * printed during them, including the warnings server-log.spec.ts provokes.
 */

/** The landlords' names the specs type into the offer form. */
const landlordNames = ["Erika Gastfreundlich", "Olena Kowalenko", "Peter Stein", "Anna Berg"];

test("the server log names no person and no token", () => {
  const log = readFileSync(E2E_SERVER_LOG, "utf8");
  // Reading an empty or foreign file would find nothing: the log must be this server's.
  expect(log, `${E2E_SERVER_LOG} shows the server starting`).toMatch(/\bReady in\b/);

  const leaks = findLeaks(log, {
    allowedAddresses: nonPersonalAddresses(MAIL_FROM),
    names: landlordNames,
    secrets: [E2E_TOKEN_SECRET, E2E_CRON_SECRET],
  });
  expect(describeLeaks(leaks, E2E_SERVER_LOG), "personal data or secrets in the server log (masked)").toEqual([]);
});
