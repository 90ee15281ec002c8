/**
 * A server killed in the middle of a burst of submissions: a child process submits offers in a loop and gets
 * SIGKILL. Every offer that exists must have its SUBMITTED event and its confirmation mail (one transaction), and
 * the mails still pending are delivered by the next delivery run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion } from "../support/offers";
import { deliverRegionMails, makeDue } from "./support/own-mails";
import { startRefusingSmtp, type RefusingSmtp } from "./support/refusing-smtp";

const root = path.resolve(import.meta.dirname, "../..");

let child: ChildProcess | undefined;

/** Starts the burst and kills it with SIGKILL once `killAfter` offers are committed; resolves with their ids. */
function submitAndKill(regionSlug: string, killAfter: number): Promise<string[]> {
  // Node itself with tsx's loader (the tsx command would run the script in a grandchild that SIGKILL misses).
  const burst = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./lib/server-script.mjs", path.join(root, "tests", "reliability", "support", "submit-burst.ts"), regionSlug],
    { cwd: root, env: process.env, stdio: ["ignore", "pipe", "inherit"] },
  );
  child = burst;
  const submitted: string[] = [];
  return new Promise((resolve, reject) => {
    let buffered = "";
    burst.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("submitted ")) submitted.push(line.slice("submitted ".length));
      if (submitted.length >= killAfter) burst.kill("SIGKILL");
    });
    burst.on("error", reject);
    burst.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(submitted);
      else reject(new Error(`The burst ended by itself (exit code ${code}) after ${submitted.length} offers`));
    });
  });
}

/**
 * PostgreSQL still finishes a COMMIT that arrived before the kill, a moment after the process is gone: wait until
 * the region's offers stop changing.
 */
async function waitForLastCommits(regionSlug: string) {
  let previous = -1;
  for (let stable = 0; stable < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const count = await db().offer.count({ where: { regionSlug } });
    stable = count === previous ? stable + 1 : 0;
    previous = count;
  }
}

describe.skipIf(!process.env.DATABASE_URL)(
  "crash in the middle of submissions (PostgreSQL only: a PGlite folder can be opened by one process at a time)",
  () => {
    let smtp: RefusingSmtp;

    beforeAll(async () => {
      smtp = await startRefusingSmtp();
      process.env.SMTP_URL = smtp.url;
    });
    afterAll(async () => {
      child?.kill("SIGKILL");
      await smtp?.stop();
    });

    it("leaves no half-written offer, and the pending confirmations go out after the restart", async () => {
      await prepareTestDatabase();
      const region = await createTestRegion();
      const reported = await submitAndKill(region.slug, 25);
      await waitForLastCommits(region.slug);

      const offers = await db().offer.findMany({
        where: { regionSlug: region.slug },
        include: { events: true, mails: true },
      });
      // Committed but killed before it could say so is fine; reported but missing is not.
      expect(offers.map((offer) => offer.id)).toEqual(expect.arrayContaining(reported));
      for (const offer of offers) {
        expect(offer.status).toBe("PENDING_CONFIRMATION");
        expect(offer.events.map((event) => event.type)).toEqual(["SUBMITTED"]);
        expect(offer.mails).toHaveLength(1);
        expect(offer.mails[0].html).toContain("/bestaetigen");
      }
      expect(await db().offerEvent.count({ where: { regionSlug: region.slug } })).toBe(offers.length);
      expect(await db().outboxMail.count({ where: { regionSlug: region.slug } })).toBe(offers.length);

      // After the restart: the scheduled job's delivery run sends every pending confirmation, each once.
      await makeDue(region.slug);
      await deliverRegionMails(region.slug);
      for (const offer of offers) {
        const delivered = smtp.delivered().filter((mail) => mail.envelopeTo.includes(offer.contactEmail));
        expect(delivered.map((mail) => mail.messageId)).toEqual([offer.mails[0].messageId]);
      }
      expect(await db().outboxMail.count({ where: { regionSlug: region.slug, sentAt: null } })).toBe(0);
    }, 120_000);
  },
);
