import { databaseQueryCount } from "@/lib/db/client";
import { readOnlyRoute } from "@/lib/security/request-methods";

export const dynamic = "force-dynamic";

/** `npm run bench` reads how many statements reached the database; the route exists only under BENCH=1. */
export function GET() {
  const queries = databaseQueryCount();
  if (queries === null) return new Response(null, { status: 404 });
  return Response.json({ queries }, { headers: { "Cache-Control": "no-store" } });
}

export const { POST, OPTIONS } = readOnlyRoute;
