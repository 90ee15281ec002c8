import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";

type Props = {
  region: SiteRegion;
  /** The form to go back to for a mistyped address: "/anbieten", or "/eingebettet/anbieten" inside a frame. */
  formPath: string;
  /** The address the confirmation mail went to (lib/offers/sent-address.ts), or null where the browser kept none. */
  sentTo: string | null;
};

/**
 * What a landlord reads after sending the offer form, on the full page and inside a municipal website's frame.
 * The URL carries no data; the address the mail went to comes from the form's encrypted flash cookie, so a landlord
 * sees at once whether it was mistyped. It explains the confirmation mail and what follows.
 */
export async function OfferSubmitted({ region, formPath, sentTo }: Props) {
  const t = await getTranslations("OfferSubmitted");
  return (
    <>
      <h1>{t("heading")}</h1>
      <div className="notice notice-success">
        <p>
          {sentTo
            ? t.rich("sentTo", {
                email: sentTo,
                // Isolated left to right, so an address inside Arabic text keeps its order.
                address: (chunks) => (
                  <strong>
                    <bdi dir="ltr">{chunks}</bdi>
                  </strong>
                ),
              })
            : t("sent")}
        </p>
        <p>
          <strong>{t("notPublic")}</strong> {t("notPublicText")}
        </p>
        <p>{t("deadline")}</p>
      </div>

      <h2>{t("noMail.heading")}</h2>
      <ul>
        <li>{t("noMail.wait")}</li>
        <li>{t("noMail.spam", { sender: region.senderName })}</li>
        <li>{t.rich("noMail.typo", { link: (chunks) => <Link href={sitePath(region.site, formPath)}>{chunks}</Link> })}</li>
      </ul>

      <h2>{t("next.heading")}</h2>
      <p>{t("next.confirm")}</p>
      <p>{t("next.manage")}</p>
      <ul>
        <li>{t("next.extend")}</li>
        <li>{t("next.change")}</li>
        <li>{t("next.delete")}</li>
        <li>{t("next.placed")}</li>
      </ul>
      <p>{t("next.keepMail")}</p>

      <h2>{t("help.heading")}</h2>
      <p>{t("help.text", { contactName: region.contactName, region: region.name })}</p>
      <ul>
        <li>
          {t("help.email")} <a href={`mailto:${region.contactEmail}`} dir="ltr">{region.contactEmail}</a>
        </li>
        {region.contactPhone && (
          <li>
            {t("help.phone")} <a href={`tel:${region.contactPhone.replace(/[^\d+]/g, "")}`} dir="ltr">{region.contactPhone}</a>
          </li>
        )}
      </ul>
    </>
  );
}
