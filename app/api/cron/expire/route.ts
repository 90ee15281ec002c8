import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { runScheduledJobs } from "@/lib/jobs/scheduled-jobs";
import { readOnlyRoute } from "@/lib/security/request-methods";

export const dynamic = "force-dynamic";
/** Seconds Vercel lets the job run: the mail delivery goes on for up to four minutes (lib/mail/outbox.ts). */
export const maxDuration = 300;

function authorized(request: Request): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Called by Vercel Cron (vercel.json) or, when self-hosted, by the server's own timer (instrumentation.ts). */
export async function GET(request: Request) {
  if (!authorized(request)) {
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  try {
    return Response.json(await runScheduledJobs());
  } catch (error) {
    console.error("Scheduled jobs failed:", (error as Error).message);
    return Response.json({ error: "Scheduled jobs failed" }, { status: 500 });
  }
}

export const { POST, OPTIONS } = readOnlyRoute;
