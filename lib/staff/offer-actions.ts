"use server";

import { hasLocale } from "next-intl";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { deleteOfferByMunicipality, extendOfferByMunicipality } from "@/lib/offers/lifecycle";
import { revalidateListing } from "@/lib/offers/listing";
import { sitePath } from "@/lib/regions/site";
import { signedInStaffRegion } from "./staff-region";

/**
 * The municipality's buttons on the staff offer list. Each checks the session again (a Server Action is a public
 * endpoint) and acts only on offers of the session's region; afterwards the list says what happened.
 */

type Target = { site: string; locale: Locale; offerId: string };

async function signedInRegion({ site, locale }: Target) {
  const language = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return { region: await signedInStaffRegion(site, language), language };
}

function showResult(site: string, language: Locale, offerId: string, outcome: string | undefined) {
  const query = outcome ? `?ergebnis=${outcome}&angebot=${encodeURIComponent(offerId)}` : "";
  redirect({ href: sitePath(site, `/kommune/angebote${query}`), locale: language });
}

export async function deleteOfferAction(target: Target) {
  const { region, language } = await signedInRegion(target);
  const result = await deleteOfferByMunicipality(region.slug, String(target.offerId));
  if (result?.listingChanged) revalidateListing(region.slug);
  deliverAfterResponse();
  showResult(region.site, language, String(target.offerId), result?.outcome);
}

export async function extendOfferAction(target: Target) {
  const { region, language } = await signedInRegion(target);
  const result = await extendOfferByMunicipality(region.slug, String(target.offerId));
  if (result?.listingChanged) revalidateListing(region.slug);
  deliverAfterResponse();
  showResult(region.site, language, String(target.offerId), result?.outcome);
}
