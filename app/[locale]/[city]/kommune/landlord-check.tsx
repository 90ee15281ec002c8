import type { Locale } from "@/lib/i18n/routing";
import { markLandlordCheckedAction, withdrawLandlordCheckAction } from "@/lib/review/review-actions";
import { ButtonForm, CheckLandlordForm } from "./review-forms";

type Props = {
  /** The offer whose landlord it is, and the staff page the answer returns to. */
  target: { site: string; locale: Locale; offerId: string; from?: "staffReview" | "staffOffers" };
  offerTitle: string;
  /** Whether the landlord is marked: then the button withdraws the mark, else the form sets it with who does. */
  checked: boolean;
};

/**
 * The button or form of a landlord's checked mark (lib/review/checked-landlords.ts), on the review queue and the
 * offers list; the page hands the forms their `Staff.review` messages.
 */
export function LandlordCheckForm({ target, offerTitle, checked }: Props) {
  if (checked) return <ButtonForm action={withdrawLandlordCheckAction.bind(null, target)} button="withdraw" title={offerTitle} />;
  return <CheckLandlordForm action={markLandlordCheckedAction.bind(null, target)} offerId={target.offerId} title={offerTitle} />;
}
