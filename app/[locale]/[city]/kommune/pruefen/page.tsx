import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { FactList } from "@/components/listing/fact-list";
import { FeatureList } from "@/components/listing/feature-list";
import { offerFacts } from "@/components/listing/offer-facts";
import { offerFeatures } from "@/components/listing/offer-features";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import type { SiteRegion } from "@/lib/regions/regions";
import { approveOfferAction, rejectOfferAction } from "@/lib/review/review-actions";
import { reviewAnchor } from "@/lib/review/review-anchor";
import { reviewQueue, type QueuedOffer } from "@/lib/review/review-queue";
import { pagePath } from "@/lib/routes/site-routes";
import { findStaffOffer } from "@/lib/staff/offers";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { LandlordCheckForm } from "../landlord-check";
import { ButtonForm, RejectForm } from "../review-forms";
import { StaffNav } from "../staff-nav";
import staffStyles from "../staff.module.css";
import styles from "./review.module.css";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string }>;
  searchParams: Promise<{ ergebnis?: string; angebot?: string }>;
};

const results = [
  "approved",
  "rejected",
  "textApproved",
  "textRejected",
  "alreadyDecided",
  "changedMeanwhile",
  "deleted",
  "notFound",
  "checked",
  "unchecked",
] as const;
const successes: readonly string[] = ["approved", "rejected", "textApproved", "textRejected", "checked"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.review" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The offers waiting for the municipality's check, oldest first, each with everything to decide on and the two buttons. */
export default async function StaffReviewPage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await signedInStaffRegion(city, locale, pagePath("staffReview"));
  const { ergebnis, angebot } = await searchParams;
  const result = results.find((value) => value === ergebnis);
  const [queue, decided, t, format] = await Promise.all([
    reviewQueue(region.slug),
    result && angebot ? findStaffOffer(region.slug, angebot) : null,
    getTranslations("Staff.review"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const resultText =
    result === "notFound" || (result && !decided)
      ? t("result.notFound", { regionName: region.name })
      : result && decided
        ? t(`result.${result}`, { title: decided.title, date: decided.expiresAt ? date(decided.expiresAt) : "" })
        : null;

  return (
    <PageShell region={region} wide>
      <StaffNav region={region} current="review" />
      <h1>{t("title")}</h1>
      {resultText && (
        <p role="status" className={`notice ${successes.includes(result ?? "") ? "notice-success" : ""}`}>
          {resultText}
        </p>
      )}
      <p>{t(`mode.${region.review}`, { regionName: region.name })}</p>
      {queue.waiting === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <p>
            <strong>{t("count", { count: queue.waiting })}</strong>
          </p>
          <ClientMessages namespaces={["Staff.review"]}>
            <ol className={styles.queue}>
              {queue.offers.map((queued) => (
                <li key={queued.offer.id}>
                  <QueuedOfferView queued={queued} region={region} locale={locale} />
                </li>
              ))}
            </ol>
          </ClientMessages>
        </>
      )}
    </PageShell>
  );
}

async function QueuedOfferView({ queued, region, locale }: { queued: QueuedOffer; region: SiteRegion; locale: Locale }) {
  const { offer, contact, shown, listedText } = queued;
  const [t, tListing, tOffers, tEnums, format, facts, features] = await Promise.all([
    getTranslations("Staff.review"),
    getTranslations("Listing"),
    getTranslations("Staff.offers"),
    getTranslations("Enums"),
    getFormatter(),
    offerFacts(offer, "detail"),
    offerFeatures(offer),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const headingId = `${reviewAnchor(offer.id)}-title`;
  const target = { site: region.site, locale, offerId: offer.id };
  const shownItems = (["name", "phone", "email"] as const).filter((item) => shown[item]).map((item) => t(`shown.${item}`));

  return (
    <article id={reviewAnchor(offer.id)} aria-labelledby={headingId} className={styles.offer}>
      <h2 id={headingId} lang={offer.textLanguage} dir="auto">
        {offer.title}
      </h2>
      <p className={staffStyles.muted}>
        {t("confirmedAt", { date: date(queued.confirmedAt) })} · {t("duration", { days: queued.durationDays })}
      </p>
      {listedText && (
        <div className="notice">
          <p>{t("changedText", { date: date(listedText.since) })}</p>
          <p>
            <strong>{t("listedTitle")}:</strong>{" "}
            <span lang={offer.textLanguage} dir="auto">
              {listedText.title}
            </span>
          </p>
          {listedText.description && (
            <p>
              <strong>{t("listedDescription")}:</strong>{" "}
              <span className={styles.description} lang={offer.textLanguage} dir="auto">
                {listedText.description}
              </span>
            </p>
          )}
        </div>
      )}
      <div className={styles.columns}>
        <div>
          <h3>{t("facts")}</h3>
          <FactList facts={facts} />
          <FeatureList label={tListing("features")} features={features} />
          {offer.description && (
            <>
              <h3>{t("description")}</h3>
              <p className={styles.description} lang={offer.textLanguage} dir="auto">
                {offer.description}
              </p>
            </>
          )}
          <h3>{t("contact")}</h3>
          <p>
            <span dir="auto">{contact.name}</span>
            <br />
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
            {contact.phone && (
              <>
                <br />
                <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`} dir="ltr">
                  {contact.phone}
                </a>
              </>
            )}
          </p>
          <ul>
            <li>{shownItems.length > 0 ? t("shownContact", { items: format.list(shownItems) }) : t("shownNothing")}</li>
            <li>{t(queued.contactRequests ? "contactRequests.yes" : "contactRequests.no")}</li>
            <li>{t("landlordLanguage", { language: tEnums(`language.${queued.landlordLanguage as Locale}`) })}</li>
          </ul>
          <h3>{t("history")}</h3>
          {queued.earlierOffers.length === 0 ? (
            <p>{t("historyNone", { regionName: region.name })}</p>
          ) : (
            <ul>
              {queued.earlierOffers.map((earlier) => (
                <li key={earlier.id}>
                  {t("historyItem", {
                    title: earlier.title || "–",
                    date: date(earlier.createdAt),
                    status: earlier.deletionReason ? tOffers(`deletionReason.${earlier.deletionReason}`) : tOffers(`status.${earlier.status}`),
                  })}{" "}
                  · {t("reports", { count: earlier.reportCount })}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className={styles.side}>
          <h3>{t("landlord.heading")}</h3>
          {!queued.landlord.canBeChecked ? (
            <p>{t("landlord.noAddress")}</p>
          ) : queued.landlord.check ? (
            <>
              <p>
                {t("landlord.checked", {
                  checkedBy: queued.landlord.check.checkedBy,
                  date: date(queued.landlord.check.checkedAt),
                  regionName: region.name,
                })}
              </p>
              <LandlordCheckForm target={target} offerTitle={offer.title} checked />
            </>
          ) : (
            <>
              <p>
                {t("landlord.unchecked")} {t("landlord.markHint", { regionName: region.name })}
              </p>
              <LandlordCheckForm target={target} offerTitle={offer.title} checked={false} />
            </>
          )}
          <div className={styles.decisions}>
            <ButtonForm
              action={approveOfferAction.bind(null, target)}
              button={listedText ? "approveText" : "approve"}
              title={offer.title}
              revision={queued.revision}
            />
            <RejectForm
              action={rejectOfferAction.bind(null, target)}
              offerId={offer.id}
              revision={queued.revision}
              title={offer.title}
              text={listedText !== null}
            />
          </div>
        </div>
      </div>
    </article>
  );
}
