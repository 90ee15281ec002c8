import { getFormatter, getTranslations } from "next-intl/server";
import { leftToRight } from "@/components/left-to-right";
import { Link } from "@/lib/i18n/navigation";
import type { PublicOffer } from "@/lib/offers/listing";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { FactList } from "./fact-list";
import { FeatureList } from "./feature-list";
import { offerFacts } from "./offer-facts";
import { offerFeatures } from "./offer-features";
import { phoneHref, RegionContact } from "./region-contact";
import cardStyles from "./offer-card.module.css";
import styles from "./offer-details.module.css";

/**
 * One offer whole: every fact, the landlord's own description as written, and the contact details the landlord
 * chose to publish, as tap-to-call and tap-to-mail buttons. Never the street: it is not collected.
 */
export async function OfferDetails({ offer, region }: { offer: PublicOffer; region: SiteRegion }) {
  const [t, tEnums, format, facts, features] = await Promise.all([
    getTranslations("Listing"),
    getTranslations("Enums"),
    getFormatter(),
    offerFacts(offer, "detail"),
    offerFeatures(offer),
  ]);
  const { contact } = offer;
  // Published phone or e-mail; else the contact form, or the municipality when the offer takes no requests now.
  const reachable = contact.phone !== null || contact.email !== null;

  return (
    <>
      <p>
        <Link className={styles.back} href={sitePath(region.site, "/findflats")}>
          {t("backToListing")}
        </Link>
      </p>
      <article aria-labelledby="offer-title">
        <h1 id="offer-title" lang={offer.textLanguage} dir="auto">
          {offer.title}
        </h1>
        <p className={styles.type}>{tEnums(`type.${offer.type}`)}</p>
        <FactList facts={facts} />
        <FeatureList label={t("features")} features={features} />
        {offer.description && (
          <section aria-labelledby="offer-description">
            <h2 id="offer-description">{t("description")}</h2>
            <p className={styles.description} lang={offer.textLanguage} dir="auto">
              {offer.description}
            </p>
          </section>
        )}
        <section aria-labelledby="offer-contact">
          <h2 id="offer-contact">{t("contact")}</h2>
          {contact.name && <p dir="auto">{contact.name}</p>}
          {offer.takesContactRequests && (
            <>
              <p>{t("contactRequestHint")}</p>
              <p>
                <Link className="button" href={sitePath(region.site, `/findflats/${offer.id}/kontakt`)}>
                  {t("requestContact")}
                </Link>
              </p>
            </>
          )}
          {reachable ? (
            <ul className={styles.contactLinks}>
              {contact.phone && (
                <li>
                  <a className="button" href={phoneHref(contact.phone)}>
                    {t.rich("call", { phone: contact.phone, ltr: leftToRight })}
                  </a>
                </li>
              )}
              {contact.email && (
                <li>
                  <a className="button button-secondary" href={`mailto:${contact.email}`}>
                    {t.rich("writeMail", { email: contact.email, ltr: leftToRight })}
                  </a>
                </li>
              )}
            </ul>
          ) : (
            !offer.takesContactRequests && (
              <>
                <p>{t("noContact")}</p>
                <RegionContact region={region} />
              </>
            )
          )}
        </section>
        <p className={cardStyles.published}>
          {t("published", { date: format.dateTime(new Date(offer.publishedAt), { dateStyle: "medium" }) })}
        </p>
        <section aria-labelledby="offer-report">
          <h2 id="offer-report">{t("reportTitle")}</h2>
          <p>{t("reportHint")}</p>
          <p>
            <Link href={sitePath(region.site, `/findflats/${offer.id}/melden`)}>{t("report")}</Link>
          </p>
        </section>
      </article>
    </>
  );
}
