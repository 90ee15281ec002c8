/**
 * Finds personal data and secrets in log output: e-mail addresses (except the app's sender, the municipal
 * mailboxes and Message-IDs, which name no person), phone numbers written as landlords type them, link tokens,
 * given names and given secrets. Used after the e2e run on the server's log (e2e/server-log.teardown.ts) and after every Vitest
 * test on what it printed (tests/setup/log-leaks.ts). Findings quote the line with the secret masked, so a
 * failing test does not print what it found.
 */
import { readFileSync } from "node:fs";

export type LeakKind = "e-mail address" | "phone number" | "link token" | "name" | "secret";

export type Leak = { line: number; kind: LeakKind; excerpt: string };

export type LeakRules = {
  /** Addresses that are not personal (compared case-insensitively). */
  allowedAddresses: Iterable<string>;
  /** Names of people, found case-insensitively. */
  names?: readonly string[];
  /** Values that must never be printed at all, such as TOKEN_SECRET. */
  secrets?: readonly string[];
};

const addressPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// The outbox's Message-IDs, "<uuid@app host>" (lib/mail/outbox.ts), have an address's shape but name no one.
const messageIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@/i;

// As landlords type them: "0170 1234567", "0821 987654", "+49 170 1234567" (a separator after the area code,
// so that timestamps, ports and durations never look like one; not inside a word or a UUID's hex groups).
const phonePattern = /(?:\+49 ?|(?<![\p{N}\p{L}.:-])0)[1-9]\d{1,4}[ /-]\d{4,8}(?![\p{N}\p{L}])/gu;

// Offer link tokens and staff sign-in tokens: 32 random bytes as base64url (lib/security/tokens.ts). A random one
// has upper- and lower-case letters; requiring both keeps hex digests and file names from counting.
const tokenPattern = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
const looksRandom = (value: string) => /[A-Z]/.test(value) && /[a-z]/.test(value);

/** The sender's address and every region's mailbox and contact address from prisma/regions.json. */
export function nonPersonalAddresses(mailFrom: string): string[] {
  const regions: { mailbox: string; contactEmail?: string }[] = JSON.parse(
    readFileSync(new URL("../../prisma/regions.json", import.meta.url), "utf8"),
  );
  const sender = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return [sender, ...regions.flatMap((region) => (region.contactEmail ? [region.mailbox, region.contactEmail] : [region.mailbox]))];
}

/** The first three characters and the length: enough to find the value, not enough to use it. */
export function mask(value: string): string {
  return `${value.slice(0, 3)}…(${value.length} characters)`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function findLeaks(text: string, rules: LeakRules): Leak[] {
  const allowed = new Set([...rules.allowedAddresses].map((address) => address.toLowerCase()));
  const patterns: [LeakKind, RegExp, (value: string) => boolean][] = [
    ["e-mail address", addressPattern, (value) => !allowed.has(value.toLowerCase()) && !messageIdPattern.test(value)],
    ["phone number", phonePattern, () => true],
    ["link token", tokenPattern, looksRandom],
    ...(rules.names ?? []).map((name): [LeakKind, RegExp, () => boolean] => [
      "name",
      new RegExp(escapeRegExp(name), "giu"),
      () => true,
    ]),
    ...(rules.secrets ?? []).map((secret): [LeakKind, RegExp, () => boolean] => [
      "secret",
      new RegExp(escapeRegExp(secret), "g"),
      () => true,
    ]),
  ];

  const leaks: Leak[] = [];
  text.split("\n").forEach((line, index) => {
    const found: { kind: LeakKind; value: string }[] = [];
    for (const [kind, pattern, counts] of patterns) {
      for (const [value] of line.matchAll(pattern)) if (counts(value)) found.push({ kind, value });
    }
    if (found.length === 0) return;
    let excerpt = line;
    for (const { value } of found) excerpt = excerpt.split(value).join(`[${mask(value)}]`);
    for (const { kind } of found) leaks.push({ line: index + 1, kind, excerpt: excerpt.trim().slice(0, 200) });
  });
  return leaks;
}

/** One line per finding, e.g. `server log line 12: e-mail address in "Mail to [lan…(30 characters)] failed"`. */
export function describeLeaks(leaks: readonly Leak[], source: string): string[] {
  return leaks.map((leak) => `${source} line ${leak.line}: ${leak.kind} in "${leak.excerpt}"`);
}
