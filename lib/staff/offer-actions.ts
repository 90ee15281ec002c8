"use server";

import { hasLocale } from "next-intl";
import { runFormAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { changeOfferByMunicipality, deleteOfferByMunicipality, extendOfferByMunicipality, findRegionOffer } from "@/lib/offers/lifecycle";
import { revalidateListing } from "@/lib/offers/listing";
import { parseOfferChange, type SubmitOfferState } from "@/lib/offers/offer-form-state";
import type { OfferInput } from "@/lib/offers/offer-schema";
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

/** The offer list, saying what happened to the offer. */
function resultPage(site: string, offerId: string, outcome: string | undefined): string {
  const query = outcome ? { ergebnis: outcome, angebot: offerId } : undefined;
  return sitePath(site, pagePath("staffOffers", { query }));
}

function showResult(site: string, language: Locale, offerId: string, outcome: string | undefined): never {
  return redirect({ href: resultPage(site, offerId, outcome), locale: language });
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
export async function changeOfferByMunicipalityAction(target: Target, previous: SubmitOfferState, formData: FormData): Promise<SubmitOfferState> {
  const { region } = await signedInRegion(target);
  const offerId = String(target.offerId);
  const offer = await findRegionOffer(region.slug, offerId);
  return runFormAction<OfferInput, SubmitOfferState>({
    name: "changeOfferByMunicipalityAction",
    locale: target.locale,
    formData,
    checksForBots: false,
    check: (formData) => {
      if (!offer) return { answer: { ...previous, formError: "unexpected" } };
      const parsed = parseOfferChange(offer, formData);
      return "state" in parsed ? { answer: parsed.state } : parsed;
    },
    work: async (input) => {
      const result = await changeOfferByMunicipality(region.slug, offerId, input);
      if (result?.listingChanged) revalidateListing(region.slug, result.offerId);
      return { next: resultPage(region.site, offerId, result?.outcome) };
    },
  });
}
