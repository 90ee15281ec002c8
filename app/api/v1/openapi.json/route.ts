import { openApiDocument } from "@/lib/api/openapi";
import { cacheableJson, corsPreflight } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

/** The API's contract, readable from any origin (e.g. by an API explorer). */
export function GET(request: Request) {
  return cacheableJson(request, openApiDocument);
}

export const OPTIONS = corsPreflight;
