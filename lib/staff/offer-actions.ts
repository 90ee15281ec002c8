"use server";

import { hasLocale } from "next-intl";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { parseOfferChange, type SubmitOfferState } from "@/lib/offers/actions/submit-offer-state";
import { changeOfferByMunicipality, deleteOfferByMunicipality, extendOfferByMunicipality, findRegionOffer } from "@/lib/offers/lifecycle";
import { revalidateListing } from "@/lib/offers/listing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { signedInStaffRegion } from "./staff-region";

/**
 * The municipality's buttons on the staff offer list, and its correction form. Each checks the session again (a Server Action is a public
 * endpoint) and acts only on offers of the session's region; afterwards the list says what happened.
 */

type Target = { site: string; locale: Locale; offerId: string };

async function signedInRegion({ site, locale }: Target) {
  const language = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return { region: await signedInStaffRegion(site, language), language };
}

function showResult(site: string, language: Locale, offerId: string, outcome: string | undefined): never {
  const query = outcome ? { ergebnis: outcome, angebot: offerId } : undefined;
  return redirect({ href: sitePath(site, pagePath("staffOffers", { query })), locale: language });
}

export async function deleteOfferAction(target: Target) {
  const { region, language } = await signedInRegion(target);
  const result = await deleteOfferByMunicipality(region.slug, String(target.offerId));
  if (result?.listingChanged) revalidateListing(region.slug, result.offerId);
  deliverAfterResponse();
  showResult(region.site, language, String(target.offerId), result?.outcome);
}

export async function extendOfferAction(target: Target) {
  const { region, language } = await signedInRegion(target);
  const result = await extendOfferByMunicipality(region.slug, String(target.offerId));
  if (result?.listingChanged) revalidateListing(region.slug, result.offerId);
  deliverAfterResponse();
  showResult(region.site, language, String(target.offerId), result?.outcome);
}

/** The correction form (kommune/angebote/[offerId]/aendern): field errors come back to the form, as for the landlord. */
export async function changeOfferAction(target: Target, previous: SubmitOfferState, formData: FormData): Promise<SubmitOfferState> {
  const { region, language } = await signedInRegion(target);
  const offerId = String(target.offerId);
  const offer = await findRegionOffer(region.slug, offerId);
  if (!offer) return { ...previous, formError: "unexpected" };
  const parsed = parseOfferChange(offer, formData);
  if ("state" in parsed) return parsed.state;
  const result = await changeOfferByMunicipality(region.slug, offerId, parsed.input);
  if (result?.listingChanged) revalidateListing(region.slug, result.offerId);
  deliverAfterResponse();
  return showResult(region.site, language, offerId, result?.outcome);
}
