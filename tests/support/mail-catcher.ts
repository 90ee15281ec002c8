import { afterAll, beforeAll } from "vitest";
import { startMailCatcher, type MailCatcher } from "@/e2e/support/mail-catcher";

/**
 * A real SMTP server for the calling file's tests: the app sends to it (SMTP_URL, set before lib/env is first
 * read) and `catcher()` gives what arrived.
 */
export function catchMails(): () => MailCatcher {
  let catcher: MailCatcher | undefined;
  beforeAll(async () => {
    catcher = await startMailCatcher(0);
    process.env.SMTP_URL = catcher.url;
  });
  afterAll(async () => {
    await catcher?.stop();
  });
  return () => {
    if (!catcher) throw new Error("The mail catcher starts before the file's tests");
    return catcher;
  };
}
