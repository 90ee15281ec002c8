import { serializedOffersBody } from "@/lib/api/offers";
import { readOffersQuery } from "@/lib/api/parameters";
import { getListedRegion } from "@/lib/api/regions";
import { answer, cacheableJson, corsPreflight, errorJson } from "@/lib/api/responses";
import { getListing } from "@/lib/offers/listing";
import { readOnlyRoute } from "@/lib/security/request-methods";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ city: string }> };

/** The active offers of a region for the API's clients (lib/api/openapi.ts), from the cached listing. */
export function GET(request: Request, { params }: Context) {
  return answer(async () => {
    const query = readOffersQuery(new URL(request.url).searchParams);
    if (!query.ok) return errorJson(400, query.message, query.parameter);
    const { city } = await params;
    const region = await getListedRegion(city);
    if (!region) return errorJson(404, `There is no region "${city}" with a housing listing.`);
    return cacheableJson(request, await serializedOffersBody(region, await getListing(region.slug), query.value.lang));
  });
}

export const OPTIONS = corsPreflight;
export const { POST } = readOnlyRoute;
