"use server";

import { hasLocale } from "next-intl";
import { runFormAction } from "@/lib/forms/form-action";
import { routing, type Locale } from "@/lib/i18n/routing";
import { revalidateListing } from "@/lib/offers/listing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { markLandlordChecked, withdrawLandlordCheck, type LandlordCheckOutcome } from "./checked-landlords";
import { approveOffer, rejectOffer, type Rejection, type ReviewOutcome } from "./review";
import { checkApproval, checkLandlordMark, checkRejection, type ReviewFormState } from "./review-form";

/**
 * The buttons of the review queue: approve, reject, and mark a landlord as checked or withdraw the mark (also on the
 * offers list). Each checks the staff session again (a Server Action is a public endpoint: without the session, or
 * from another site, whose POST carries no session cookie, it leads to the sign-in and changes nothing) and acts only
 * on offers of the session's region; afterwards the page it came from says what happened.
 */

/** The staff pages with these buttons; an answer goes back to the one the form was on. */
const staffPages = ["staffReview", "staffOffers"] as const;

/** What a form is bound to; the browser sends it back, so none of it is trusted beyond naming an offer and a page. */
type Target = { site: string; locale: Locale; offerId: string; from?: (typeof staffPages)[number] };

async function signedInRegion({ site, locale }: Target) {
  const language = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  return signedInStaffRegion(site, language, pagePath("staffReview"));
}

/** The page the form was on, saying what became of the offer ("notFound" for an id that names no offer of the region). */
function resultPage(site: string, { offerId, from }: Target, outcome: ReviewOutcome | LandlordCheckOutcome | undefined): string {
  const page = staffPages.find((known) => known === from) ?? "staffReview";
  return sitePath(site, pagePath(page, { query: { ergebnis: outcome ?? "notFound", angebot: String(offerId) } }));
}

export async function approveOfferAction(target: Target, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const region = await signedInRegion(target);
  const offerId = String(target.offerId);
  return runFormAction<{ revision: number }, ReviewFormState>({
    name: "approveOfferAction",
    locale: target.locale,
    formData,
    checksForBots: false,
    check: checkApproval,
    work: async ({ revision }) => {
      const result = await approveOffer(region.slug, offerId, revision);
      if (result?.listingChanged) revalidateListing(region.slug, result.offerId);
      return { next: resultPage(region.site, target, result?.outcome) };
    },
  });
}

export async function rejectOfferAction(target: Target, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const region = await signedInRegion(target);
  const offerId = String(target.offerId);
  return runFormAction<Rejection, ReviewFormState>({
    name: "rejectOfferAction",
    locale: target.locale,
    formData,
    checksForBots: false,
    check: checkRejection,
    work: async (rejection) => {
      const result = await rejectOffer(region.slug, offerId, rejection);
      return { next: resultPage(region.site, target, result?.outcome) };
    },
  });
}

export async function markLandlordCheckedAction(target: Target, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const region = await signedInRegion(target);
  const offerId = String(target.offerId);
  return runFormAction<{ checkedBy: string }, ReviewFormState>({
    name: "markLandlordCheckedAction",
    locale: target.locale,
    formData,
    checksForBots: false,
    check: checkLandlordMark,
    work: async ({ checkedBy }) => {
      const result = await markLandlordChecked(region.slug, offerId, checkedBy);
      // The landlord's offers may sit in any part of the listing.
      if (result?.listingChanged) revalidateListing(region.slug);
      return { next: resultPage(region.site, target, result?.outcome) };
    },
  });
}

export async function withdrawLandlordCheckAction(target: Target, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const region = await signedInRegion(target);
  const offerId = String(target.offerId);
  return runFormAction<Record<string, never>, ReviewFormState>({
    name: "withdrawLandlordCheckAction",
    locale: target.locale,
    formData,
    checksForBots: false,
    check: () => ({ input: {}, values: {} }),
    work: async () => {
      const result = await withdrawLandlordCheck(region.slug, offerId);
      if (result?.listingChanged) revalidateListing(region.slug);
      return { next: resultPage(region.site, target, result?.outcome) };
    },
  });
}
