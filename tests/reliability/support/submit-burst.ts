/**
 * Child process of tests/reliability/crash.test.ts: submits offers to one region without end, several at a time,
 * and prints "submitted <offerId>" after each commit, until it is killed (or, should the test be gone, for at most
 * two minutes).
 * `node --import tsx tests/reliability/support/submit-burst.ts <regionSlug>` with DATABASE_URL and TOKEN_SECRET set.
 */
import { db } from "@/lib/db/client";
import { submitOffer } from "@/lib/offers/lifecycle";
import { validOffer } from "../../support/offers";

const regionSlug = process.argv[2];
if (!regionSlug) throw new Error("Pass the region's slug");
const region = await db().region.findUniqueOrThrow({ where: { slug: regionSlug } });

async function submitForever(): Promise<never> {
  for (;;) {
    try {
      const { offerId } = await submitOffer(region, validOffer(), "de");
      process.stdout.write(`submitted ${offerId}\n`);
    } catch (error) {
      // A busy shared database may refuse a transaction now and then; what the test checks is what did commit.
      process.stderr.write(`submit failed: ${(error as Error).message}\n`);
    }
  }
}

setTimeout(() => process.exit(1), 120_000).unref();
// A closed pipe means the test is gone: stop at once.
process.stdout.on("error", () => process.exit(1));

await Promise.all(Array.from({ length: 4 }, submitForever));
