import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * The development mailbox: without SMTP_URL every mail is written to MAILBOX_DIR instead of being sent, as
 * `<id>.eml` (the raw message) plus `<id>.json` (the fields below, so the mailbox pages need no MIME parser).
 * Ids start with the UTC time, so file names sort by time.
 */

export type DevMailSummary = { id: string; date: Date; to: string; bcc: string | null; subject: string };
export type DevMail = DevMailSummary & { from: string; replyTo: string | null; messageId: string; html: string; text: string };

type StoredDevMail = Omit<DevMail, "date"> & { date: string };

/** e.g. 20260612T143015123Z-0f3a9c1e: UTC timestamp to the millisecond, then 8 random hex digits. */
const idPattern = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

/** The development mailbox exists exactly while no SMTP server is configured. */
export function devMailboxEnabled(): boolean {
  return !env.SMTP_URL;
}

function mailboxDir(): string {
  return path.resolve(env.MAILBOX_DIR);
}

function newDevMailId(now: Date): string {
  return `${now.toISOString().replace(/[-:.]/g, "")}-${randomBytes(4).toString("hex")}`;
}

/** Stores one mail; used by the transport only. Files appear atomically (written aside, then renamed). */
export async function saveDevMail(mail: Omit<DevMail, "id" | "date">, raw: Buffer): Promise<string> {
  const dir = mailboxDir();
  await mkdir(dir, { recursive: true });
  const now = new Date();
  const id = newDevMailId(now);
  const stored: StoredDevMail = { id, date: now.toISOString(), ...mail };
  await writeAtomically(path.join(dir, `${id}.eml`), raw);
  // The JSON file is written last: a mail is listed only once both files are complete.
  await writeAtomically(path.join(dir, `${id}.json`), JSON.stringify(stored, null, 2));
  return id;
}

async function writeAtomically(file: string, content: string | Buffer): Promise<void> {
  const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/** All stored mails, newest first. */
export async function listDevMails(): Promise<DevMailSummary[]> {
  let names: string[];
  try {
    names = await readdir(mailboxDir());
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .filter((id) => idPattern.test(id))
    .sort()
    .reverse();
  const mails = await Promise.all(ids.map((id) => readDevMail(id)));
  return mails
    .filter((mail): mail is DevMail => mail !== null)
    .map(({ id, date, to, bcc, subject }) => ({ id, date, to, bcc, subject }));
}

/** One stored mail, or null for an unknown or malformed id (ids come from URLs: only the exact format passes). */
export async function readDevMail(id: string): Promise<DevMail | null> {
  if (typeof id !== "string" || !idPattern.test(id)) return null;
  let content: string;
  try {
    content = await readFile(path.join(mailboxDir(), `${id}.json`), "utf8");
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  try {
    const stored = JSON.parse(content) as StoredDevMail;
    return {
      id,
      date: new Date(stored.date),
      from: String(stored.from ?? ""),
      to: String(stored.to ?? ""),
      bcc: stored.bcc ? String(stored.bcc) : null,
      replyTo: stored.replyTo ? String(stored.replyTo) : null,
      subject: String(stored.subject ?? ""),
      messageId: String(stored.messageId ?? ""),
      html: String(stored.html ?? ""),
      text: String(stored.text ?? ""),
    };
  } catch {
    return null; // a damaged file is skipped rather than breaking the whole mailbox
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}
