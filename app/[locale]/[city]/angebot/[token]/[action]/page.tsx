import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import styles from "@/components/link-page.module.css";
import { TokenLinkPage } from "@/components/token-link/token-link-page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { extendedExpiry, isChangeable, isStillActive } from "@/lib/offers/lifecycle";
import { offerLinks } from "@/lib/offers/links";
import { listingLanguage } from "@/lib/regions/listing-language";
import { sitePath } from "@/lib/regions/site";
import { reviewNeeded } from "@/lib/review/review-mode";
import { pagePath, tokenLinkPath } from "@/lib/routes/site-routes";
import { openTokenLink, tokenLinkButtonOf } from "@/lib/routes/token-links";
import { InvalidLink } from "../invalid-link";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string; action: string }>;
  searchParams: Promise<{ ergebnis?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, action } = await params;
  const t = await getTranslations({ locale, namespace: "OfferLink" });
  const linkAction = tokenLinkButtonOf("offer", action);
  return { title: linkAction ? t(`${linkAction}.title`) : t("invalidTitle"), robots: { index: false, follow: false } };
}

/**
 * The page a mail button opens. Opening it changes nothing (mail scanners open every link); the action runs
 * only when the button on this page is pressed (lib/routes/token-links.ts). The change button opens a form of its
 * own (../aendern/page.tsx).
 */
export default async function OfferLinkPage({ params, searchParams }: Props) {
  const { locale, city, token, action, region, subject: offer, state, submit, now } = await openTokenLink(offerLinks, params, searchParams);
  if (!offer || !region) return <InvalidLink city={city} />;
  const [t, format] = await Promise.all([getTranslations("OfferLink"), getFormatter()]);

  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const expiresAt = offer.expiresAt ?? now;
  const active = isStillActive(offer, now);
  const pauses = offer.contactRequests === "OPEN";
  const statusText = active
    ? t("statusValue.ACTIVE", { date: date(expiresAt) })
    : t(`statusValue.${offer.status === "ACTIVE" ? "EXPIRED" : offer.status}`);
  // Whether the offer waits, or will wait once confirmed, for the municipality's check (lib/review/review-mode.ts).
  const inReview = offer.status === "IN_REVIEW" || (offer.status === "PENDING_CONFIRMATION" && (await reviewNeeded(offer.region, offer)));
  const showNewOfferLink = offer.status === "PENDING_CONFIRMATION" ? !state.canAct : !isChangeable(offer, now);

  return (
    <TokenLinkPage
      region={region}
      namespace="OfferLink"
      title={t(`${action}.title`)}
      state={state}
      submit={submit}
      button={{
        text:
          action === "extend"
            ? t("extend.text", { current: date(expiresAt), next: date(extendedExpiry(expiresAt)) })
            : action === "confirm"
              ? t(inReview ? "confirm.textInReview" : "confirm.text", { days: offer.durationDays })
              : action === "requests"
                ? t(pauses ? "requests.pauseText" : "requests.resumeText")
                : t(`${action}.text`),
        label:
          action === "requests"
            ? t(pauses ? "requests.pauseButton" : "requests.resumeButton")
            : action === "confirm" && inReview
              ? t("confirm.buttonInReview")
              : t(`${action}.button`),
        danger: action === "delete" || action === "placed",
        fields: action === "requests" ? { change: pauses ? "pause" : "resume" } : undefined,
      }}
      summary={
        <section aria-labelledby="offer-summary" className={styles.summary}>
          <h2 id="offer-summary">{t("summary")}</h2>
          <p className={styles.title} lang={offer.locale} dir="auto">
            {offer.title}
          </p>
          <p dir="auto">
            {offer.postalCode} {offer.place}
          </p>
          <p>
            {t("status")}: {statusText}
          </p>
          {offer.status === "ACTIVE" && (
            <p>
              {t("requests.label")}: {t(`requests.state.${offer.contactRequests}`, { count: offer.contactRequestCount })}
            </p>
          )}
        </section>
      }
    >
      {showNewOfferLink && (
        <p>
          <Link href={sitePath(city, pagePath("offerForm"))}>{t("newOffer")}</Link>
        </p>
      )}
      {active && (
        <p>
          <Link href={sitePath(city, pagePath("offer", { offerId: offer.id }))} locale={listingLanguage(offer.region, [locale])}>
            {t("toOffer")}
          </Link>
        </p>
      )}
      {/* While it waits for the municipality's check, it has no public page yet, but it can be changed. */}
      {isChangeable(offer, now) && (
        <p>
          <Link href={sitePath(city, tokenLinkPath("offer", { token, action: "change" }))}>{t("change.link")}</Link>
        </p>
      )}
      {active && offer.region.listingLocales.includes(locale) && (
        <p>
          <Link href={sitePath(city, pagePath("listing"))}>{t("toListing")}</Link>
        </p>
      )}
    </TokenLinkPage>
  );
}
