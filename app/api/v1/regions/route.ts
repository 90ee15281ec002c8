import { readRegionsQuery } from "@/lib/api/parameters";
import { getListedRegions, regionsBody } from "@/lib/api/regions";
import { answer, cacheableJson, corsPreflight, errorJson, serializeJson } from "@/lib/api/responses";
import { readOnlyRoute } from "@/lib/security/request-methods";

export const dynamic = "force-dynamic";

/** The regions with a listing: their listing URLs, entry address and postal codes, for the API's clients. */
export function GET(request: Request) {
  return answer(async () => {
    const query = readRegionsQuery(new URL(request.url).searchParams);
    if (!query.ok) return errorJson(400, query.message, query.parameter);
    return cacheableJson(request, serializeJson(regionsBody(await getListedRegions())));
  });
}

export const OPTIONS = corsPreflight;
export const { POST } = readOnlyRoute;
