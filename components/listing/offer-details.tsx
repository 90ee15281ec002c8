import { getFormatter, getLocale, getMessages, getTranslations } from "next-intl/server";
import { leftToRight } from "@/components/left-to-right";
import type { Messages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { offerHeading } from "@/lib/offers/fact-line";
import type { PublicOffer } from "@/lib/offers/public-offer";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { FactList } from "./fact-list";
import { FeatureList } from "./feature-list";
import cardStyles from "./offer-card.module.css";
import styles from "./offer-details.module.css";
import { offerFacts } from "./offer-facts";
import { offerFeatures } from "./offer-features";
import { OriginalText } from "./original-text";
import { phoneHref, RegionContact } from "./region-contact";

/**
 * One offer whole: a heading composed from its facts in the visitor's language, the landlord's title, the contact
 * details the landlord chose to publish (tap-to-call and tap-to-mail buttons), every fact, and the landlord's own
 * description as written. Never the street: it is not collected.
 */
export async function OfferDetails({ offer, region }: { offer: PublicOffer; region: SiteRegion }) {
  const [t, format, locale, messages, facts, features] = await Promise.all([
    getTranslations("Listing"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getMessages() as Promise<Messages>,
    offerFacts(offer, "detail"),
    offerFeatures(offer),
  ]);
  const originalText = offer.textLanguage === locale ? null : t("originalText", { language: offer.textLanguage });
  const { contact } = offer;
  // Published phone or e-mail; else the contact form, or the municipality when the offer takes no requests now.
  const reachable = contact.phone !== null || contact.email !== null;

  return (
    <>
      <p>
        <Link className={styles.back} href={sitePath(region.site, pagePath("listing"))}>
          {t("backToListing")}
        </Link>
      </p>
      <article aria-labelledby="offer-title">
        <h1 id="offer-title">{offerHeading(offer, locale, messages)}</h1>
        <p className={styles.landlordTitle} lang={offer.textLanguage} dir="auto">
          {offer.title}
        </p>
        {originalText && <OriginalText note={originalText} />}
        {offer.checkedByRegion && <p className={cardStyles.checked}>{t("checkedBy", { regionName: region.name })}</p>}
        {/* Right below what it is, so a phone shows how to get in touch on its first screen. */}
        <section aria-labelledby="offer-contact" className={styles.contact}>
          <h2 id="offer-contact">{t("contact")}</h2>
          {contact.name && <p dir="auto">{contact.name}</p>}
          {offer.takesContactRequests && (
            <>
              <p>
                <Link className="button" href={sitePath(region.site, pagePath("contactForm", { offerId: offer.id }))}>
                  {t("requestContact")}
                </Link>
              </p>
              <p className={styles.hint}>{t("contactRequestHint")}</p>
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
        <FactList facts={facts} />
        <FeatureList label={t("features")} features={features} />
        {offer.description && (
          <section aria-labelledby="offer-description">
            <h2 id="offer-description">{t("description")}</h2>
            {originalText && <OriginalText note={originalText} />}
            <p className={styles.description} lang={offer.textLanguage} dir="auto">
              {offer.description}
            </p>
          </section>
        )}
        <p className={cardStyles.published}>
          {t("published", { date: format.dateTime(new Date(offer.publishedAt), { dateStyle: "medium" }) })}
        </p>
        <section aria-labelledby="offer-report">
          <h2 id="offer-report">{t("reportTitle")}</h2>
          <p>{t("reportHint")}</p>
          <p>
            <Link href={sitePath(region.site, pagePath("reportForm", { offerId: offer.id }))}>{t("report")}</Link>
          </p>
        </section>
      </article>
    </>
  );
}
