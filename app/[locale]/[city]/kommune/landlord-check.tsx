import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { checkedByMaxLength } from "@/lib/review/checked-by";
import { markLandlordCheckedAction, withdrawLandlordCheckAction } from "@/lib/review/review-actions";
import { ButtonForm, CheckLandlordForm } from "./review-forms";

type Props = {
  /** The offer whose landlord it is, and the staff page the answer returns to. */
  target: { site: string; locale: Locale; offerId: string; from?: "staffReview" | "staffOffers" };
  offerTitle: string;
  /** Whether the landlord is marked: then the button withdraws the mark, else the form sets it with who does. */
  checked: boolean;
};

/** The button or form of a landlord's checked mark (lib/review/checked-landlords.ts), on the review queue and the offers list. */
export async function LandlordCheckForm({ target, offerTitle, checked }: Props) {
  const t = await getTranslations("Staff.review");
  if (checked) {
    return (
      <ButtonForm
        action={withdrawLandlordCheckAction.bind(null, target)}
        label={t("landlord.withdraw")}
        ariaLabel={t("landlord.withdrawLabel", { title: offerTitle })}
        unexpected={t("errors.unexpected")}
        secondary
      />
    );
  }
  return (
    <CheckLandlordForm
      action={markLandlordCheckedAction.bind(null, target)}
      offerId={target.offerId}
      maxLength={checkedByMaxLength}
      texts={{
        label: t("landlord.checkedByLabel"),
        hint: t("landlord.checkedByHint"),
        button: t("landlord.mark"),
        buttonLabel: t("landlord.markLabel", { title: offerTitle }),
        error: t("errors.checkedBy", { max: checkedByMaxLength }),
        unexpected: t("errors.unexpected"),
      }}
    />
  );
}
