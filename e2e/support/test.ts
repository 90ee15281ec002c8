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

/**
 * The specs' `test`: Playwright's, with the mail catcher (mail-catcher.ts) as the fixture `mailCatcher`. One catcher
 * runs per worker, from the first spec that asks for it until the worker ends; each spec file finds it empty, as if
 * it had started its own: the mails of the file before are cleared when a file's first hook or test takes it. A spec
 * that needs another port or refused recipients says so with `test.use({ mailCatcherOptions: … })`, and then runs
 * in a worker of its own.
 */
export const test = base.extend<{ mailCatcher: MailCatcher }, { mailCatcherOptions: MailCatcherOptions; workerMailCatcher: WorkerMailCatcher }>({
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
