/**
 * Vitest setupFiles: records everything a test prints (console.* and direct writes to stdout and stderr) and fails
 * the test when that names a person's e-mail address or phone number or carries a link token: the app's logs
 * must hold error kinds and slugs only. The rules are the e2e server log's (e2e/support/log-leaks.ts).
 */
import { format } from "node:util";
import { afterAll, afterEach } from "vitest";
import { describeLeaks, findLeaks, nonPersonalAddresses } from "../../e2e/support/log-leaks";

const defaultMailFrom = "Wohnraumbörse <wohnraum@localhost>";
let printed: string[] = [];

for (const method of ["log", "info", "warn", "error", "debug", "trace", "dir"] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    printed.push(format(...args));
    original(...args);
  };
}

for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    printed.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

/** What was printed since the last check, as findings (masked); empties the record. */
function leaksPrinted(): string[] {
  const text = printed.join("\n");
  printed = [];
  const leaks = findLeaks(text, {
    allowedAddresses: nonPersonalAddresses(process.env.MAIL_FROM ?? defaultMailFrom),
  });
  return describeLeaks(leaks, "output");
}

function failOnLeaks() {
  const leaks = leaksPrinted();
  if (leaks.length > 0) {
    throw new Error(`Printed personal data or a token (masked):\n${leaks.join("\n")}`);
  }
}

afterEach(failOnLeaks);
// Output of beforeAll/afterAll hooks and of work that outlives the file's last test.
afterAll(failOnLeaks);
