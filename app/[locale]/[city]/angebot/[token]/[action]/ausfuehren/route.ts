import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { changeContactRequests, confirmOffer, deleteOffer, extendOffer } from "@/lib/offers/lifecycle";
import { linkActionOfSegment, offerLinkPath } from "@/lib/offers/links";
import { revalidateListing } from "@/lib/offers/listing";
import { consumeLinkActionLimit } from "@/lib/rate-limit/abuse-limits";
import { clientAddressKeyOf } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { formPostRoute } from "@/lib/security/request-methods";
import { crossSitePostResponse, isCrossSitePost, seeOther } from "@/lib/security/token-form-post";

/** Which way the requests button changes them: the page names it, so a page left open never toggles twice. */
async function postedChange(request: Request): Promise<"pause" | "resume" | null> {
  const change = (await request.formData().catch(() => null))?.get("change");
  return change === "pause" || change === "resume" ? change : null;
}

type Context = { params: Promise<{ locale: string; city: string; token: string; action: string }> };

/**
 * The button on a mail button's page posts here. Opening the link only shows that page; this runs when the landlord
 * (or the municipality, who got the same mail) presses the button. Afterwards the page shows the new state.
 */
export async function POST(request: Request, { params }: Context) {
  const { locale, city, token, action: segment } = await params;
  const action = linkActionOfSegment(segment);
  // The change form saves through its own action (../../aendern), never through a button here.
  if (!hasLocale(routing.locales, locale) || !action || action === "change") notFound();
  const region = await getRegion(city);
  if (!region) notFound();
  const page = sitePath(region.site, offerLinkPath(encodeURIComponent(token), action));
  if (isCrossSitePost(request)) return crossSitePostResponse(locale, page);
  // Over the limit nothing changes; the page says so and keeps its button for later.
  if (!(await consumeLinkActionLimit(clientAddressKeyOf(request.headers)))) {
    return seeOther(`${page}?ergebnis=rateLimited`, locale);
  }
  const result =
    action === "confirm"
      ? await confirmOffer(token)
      : action === "extend"
        ? await extendOffer(token)
        : action === "requests"
          ? await changeContactRequests(token, (await postedChange(request)) ?? "pause")
          : await deleteOffer(token, action === "placed" ? "PLACED" : "BY_LANDLORD");
  if (result?.listingChanged) revalidateListing(result.regionSlug, result.offerId);
  deliverAfterResponse();
  return seeOther(result ? `${page}?ergebnis=${result.outcome}` : page, locale);
}

export const { GET, OPTIONS } = formPostRoute;
