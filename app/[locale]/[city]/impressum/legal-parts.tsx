import { getTranslations } from "next-intl/server";
import { operator } from "@/lib/legal/operator";
import type { Region } from "@/lib/regions/regions";

/**
 * A name from the database inside a translated sentence, isolated (FSI … PDI) so that a German name such as
 * "Stadt Musterhausen (Demo)" keeps its own direction and brackets inside Arabic text.
 */
export function isolated(name: string): string {
  return `\u2068${name}\u2069`;
}

/** The operator's postal address and e-mail, shared by the imprint and every privacy policy. */
export async function OperatorAddress() {
  const t = await getTranslations("Imprint");
  return (
    <address>
      <bdi>{operator.name}</bdi>
      <br />
      <bdi>{operator.street}</bdi>
      <br />
      <bdi>
        {operator.postalCode} {operator.city}
      </bdi>
      <br />
      {t("country")}
      <br />
      {t("email")} <a href={`mailto:${operator.email}`} dir="ltr">{operator.email}</a>
    </address>
  );
}

/** The municipality's contact for landlords: office, e-mail and, if it has one, phone number. */
export async function RegionContact({
  region,
}: {
  region: Pick<Region, "contactName" | "contactEmail" | "contactPhone">;
}) {
  const t = await getTranslations("Imprint");
  return (
    <address>
      <bdi>{region.contactName}</bdi>
      <br />
      {t("email")} <a href={`mailto:${region.contactEmail}`} dir="ltr">{region.contactEmail}</a>
      {region.contactPhone && (
        <>
          <br />
          {t("phone")}{" "}
          <a href={`tel:${region.contactPhone.replace(/[^\d+]/g, "")}`}>
            <bdi>{region.contactPhone}</bdi>
          </a>
        </>
      )}
    </address>
  );
}
