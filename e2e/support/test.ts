import { test as base } from "@playwright/test";
import { SMTP_PORT } from "./constants";
import { startMailCatcher, type MailCatcher } from "./mail-catcher";

type MailCatcherOptions = {
  /** Where it listens: the app's SMTP_URL (constants.ts), or the SMTP port a spec gives the server it starts itself. */
  port: number;
  /** Recipients it refuses with 550, as a mail server does for an unknown mailbox. */
  refuses?: (address: string) => boolean;
};

type WorkerMailCatcher = { catcher: MailCatcher; file?: string };

/** How much of the current clock hour a test needs at least: the app's abuse limits count in whole hours (and days). */
const limitWindowMarginMs = 90_000;

/**
 * Waits for the next hour when the current one ends within the margin, so a test that uses up a limit and expects
 * the refusal does not see the window change under it (a refusal turning into a fresh count). At most once an hour
 * per worker, and at most 90 s.
 */
async function freshLimitWindow() {
  const hourMs = 60 * 60 * 1000;
  const left = hourMs - (Date.now() % hourMs);
  if (left < limitWindowMarginMs) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}

/**
 * The specs' `test`: Playwright's, with the mail catcher (mail-catcher.ts) as the fixture `mailCatcher`. One catcher
 * runs per worker, from the first spec that asks for it until the worker ends; each spec file finds it empty, as if
 * it had started its own: the mails of the file before are cleared when a file's first hook or test takes it. A spec
 * that needs another port or refused recipients says so with `test.use({ mailCatcherOptions: … })`, and then runs
 * in a worker of its own. No test starts in the last 90 s of a clock hour (`limitWindow`).
 */
export const test = base.extend<
  { mailCatcher: MailCatcher; limitWindow: void },
  { mailCatcherOptions: MailCatcherOptions; workerMailCatcher: WorkerMailCatcher }
>({
  limitWindow: [
    async ({}, use) => {
      await freshLimitWindow();
      await use();
    },
    { auto: true, timeout: limitWindowMarginMs + 30_000 },
  ],
  mailCatcherOptions: [{ port: SMTP_PORT }, { scope: "worker", option: true }],
  workerMailCatcher: [
    async ({ mailCatcherOptions: { port, refuses } }, use) => {
      const catcher = await startMailCatcher(port, refuses);
      await use({ catcher });
      await catcher.stop();
    },
    { scope: "worker" },
  ],
  mailCatcher: async ({ workerMailCatcher }, use, testInfo) => {
    if (workerMailCatcher.file !== testInfo.file) {
      workerMailCatcher.catcher.clear();
      workerMailCatcher.file = testInfo.file;
    }
    await use(workerMailCatcher.catcher);
  },
});
