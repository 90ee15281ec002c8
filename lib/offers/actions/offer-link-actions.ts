"use server";

import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { confirmOffer, deleteOffer, extendOffer } from "@/lib/offers/lifecycle";
import { offerLinkPath, type OfferLinkAction } from "@/lib/offers/links";
import { revalidateListing } from "@/lib/offers/listing";
import { consumeLinkActionLimit } from "@/lib/rate-limit/abuse-limits";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { sitePath } from "@/lib/regions/site";

/**
 * The POST behind each mail button's page. Opening the link only shows that page; this runs when the landlord
 * (or the municipality, who got the same mail) presses the button. Afterwards the page shows the new state.
 */
export async function offerLinkAction(target: { token: string; action: OfferLinkAction; city: string; locale: Locale }) {
  const { token, action, city, locale } = target;
  const page = sitePath(city, offerLinkPath(token, action));
  // Over the limit nothing changes; the page says so and keeps its button for later.
  if (!(await consumeLinkActionLimit(await clientAddressKey()))) {
    return redirect({ href: `${page}?ergebnis=rateLimited`, locale });
  }
  const result =
    action === "confirm"
      ? await confirmOffer(token)
      : action === "extend"
        ? await extendOffer(token)
        : await deleteOffer(token, action === "placed" ? "PLACED" : "BY_LANDLORD");
  if (result?.listingChanged) revalidateListing(result.regionSlug);
  deliverAfterResponse();
  const outcome = result ? `?ergebnis=${result.outcome}` : "";
  redirect({ href: `${page}${outcome}`, locale });
}
