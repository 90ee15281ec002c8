import { openApiDocument } from "@/lib/api/openapi";
import { cacheableJson, corsPreflight, serializeJson } from "@/lib/api/responses";
import { readOnlyRoute } from "@/lib/security/request-methods";

export const dynamic = "force-dynamic";

const document = serializeJson(openApiDocument);

/** The API's contract, readable from any origin (e.g. by an API explorer). */
export function GET(request: Request) {
  return cacheableJson(request, document);
}

export const OPTIONS = corsPreflight;
export const { POST } = readOnlyRoute;
