import { getTranslations } from "next-intl/server";
import type { Region } from "@/lib/regions/regions";
import styles from "./listing.module.css";

/** A `tel:` link dials the digits only; the number is shown as the landlord or municipality wrote it. */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, "")}`;
}

/** The municipality's contact: where people turn when the listing has nothing for them. */
export async function RegionContact({ region }: { region: Region }) {
  const t = await getTranslations("Listing");
  return (
    <address className={styles.regionContact}>
      <p>{region.contactName}</p>
      <p>
        {t("email")}: <a href={`mailto:${region.contactEmail}`} dir="ltr">{region.contactEmail}</a>
      </p>
      {region.contactPhone && (
        <p>
          {t("phone")}: <a href={phoneHref(region.contactPhone)} dir="ltr">{region.contactPhone}</a>
        </p>
      )}
    </address>
  );
}
