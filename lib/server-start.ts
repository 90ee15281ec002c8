import "server-only";
import { db } from "@/lib/db/client";
import { pendingMigrations } from "@/lib/db/migrations";
import { env } from "@/lib/env";
import { handleIncomingRequests } from "@/lib/incoming-requests";

/**
 * Runs once when a Node.js server starts, before it answers the first request: answer methods the app does not
 * support and name each request's client from the connection and the trusted proxies (on Vercel its edge has done
 * so), refuse to serve a database whose migrations are behind, and, when self-hosted (not on Vercel, whose cron calls
 * the job), run the scheduled jobs on a timer.
 */
export async function startServer() {
  handleIncomingRequests(env.VERCEL ? null : env.TRUSTED_PROXIES);
  const pending = await pendingMigrations(async () => {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
    return rows.map((row) => row.migration_name);
  });
  if (pending.length > 0) {
    console.error(
      `The database is behind: ${pending.length} migration(s) not applied (${pending.join(", ")}).\n` +
        "Run `npm run db:migrate` and start the server again.",
    );
    process.exit(1);
  }

  if (!env.VERCEL && env.JOBS_INTERVAL_SECONDS > 0) {
    // Going through the cron route keeps one code path, including the listing revalidation it needs.
    const url = `http://127.0.0.1:${env.PORT}/api/cron/expire`;
    const timer = setInterval(() => {
      fetch(url, { headers: { Authorization: `Bearer ${env.CRON_SECRET}` } }).catch((error: Error) =>
        console.error("Scheduled jobs could not be started:", error.message),
      );
    }, env.JOBS_INTERVAL_SECONDS * 1000);
    timer.unref();
  }
}
