import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageShell } from "@/components/page-shell";
import { Pagination } from "@/components/pagination";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { landlordChecks } from "@/lib/review/checked-landlords";
import { reviewAnchor } from "@/lib/review/review-anchor";
import { pagePath, queryString } from "@/lib/routes/site-routes";
import { extendOfferAction } from "@/lib/staff/offer-actions";
import {
  findStaffOffer,
  listRegionOffers,
  staffOfferFilter,
  staffOfferQuery,
  staffPageHref,
  type StaffOffer,
} from "@/lib/staff/offers";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { FileDownload } from "../file-download";
import { LandlordCheckForm } from "../landlord-check";
import { StaffNav } from "../staff-nav";
import styles from "../staff.module.css";
import { OfferFilter } from "./offer-filter";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string }>;
  searchParams: Promise<{ seite?: string; ergebnis?: string; angebot?: string; status?: string; suche?: string }>;
};

const offerResults = ["extended", "limitReached", "deleted", "changed", "notActive"] as const;
/** The answers of the checked-landlord buttons, worded as on the review queue, which has them too. */
const landlordResults = ["checked", "unchecked"] as const;
const results = [...offerResults, ...landlordResults];
type Result = (typeof results)[number];
type LandlordResult = (typeof landlordResults)[number];
const isLandlordResult = (result: Result): result is LandlordResult => landlordResults.some((known) => known === result);
const successes: readonly Result[] = ["extended", "deleted", "changed", "checked", "unchecked"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.offers" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The region's offers in every status, newest first, to search and filter by status, with the municipality's buttons
 * for active ones, a link to the review queue for those waiting there, and the landlord's checked mark. On a wide
 * screen the table takes the page's width; on a phone each row is a card.
 */
export default async function StaffOffersPage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await signedInStaffRegion(city, locale, pagePath("staffOffers"));
  const query = await searchParams;
  const result = results.find((value) => value === query.ergebnis);
  const filter = staffOfferFilter(query);
  const filtered = Boolean(filter.status || filter.search);
  const [{ items, page, pageCount, total }, changed, t, tReview, format] = await Promise.all([
    listRegionOffers(region.slug, Number(query.seite ?? 1), filter),
    result && query.angebot ? findStaffOffer(region.slug, query.angebot) : null,
    getTranslations("Staff.offers"),
    getTranslations("Staff.review"),
    getFormatter(),
  ]);
  const checks = await landlordChecks(region.slug, [...new Set(items.flatMap((offer) => (offer.landlord?.checked ? [offer.landlord.key] : [])))]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const path = sitePath(region.site, pagePath("staffOffers"));

  const resultMessage = (offer: StaffOffer, outcome: Result) => {
    const values = { title: offer.title, date: offer.expiresAt ? date(offer.expiresAt) : "" };
    return isLandlordResult(outcome) ? tReview(`result.${outcome}`, values) : t(`result.${outcome}`, values);
  };

  return (
    <PageShell region={region} wide>
      <StaffNav region={region} current="offers" />
      <h1>{t("title")}</h1>
      {result && changed && (
        <p role="status" className={`notice ${successes.includes(result) ? "notice-success" : ""}`}>
          {resultMessage(changed, result)}
        </p>
      )}
      <OfferFilter path={path} filter={filter} />
      {(filtered || total > 0) && <p className={styles.count}>{t(filtered ? "found" : "count", { count: total })}</p>}
      {items.length > 0 && (
        <FileDownload
          href={`${getPathname({ href: sitePath(region.site, pagePath("staffOffersExport")), locale })}${queryString(staffOfferQuery(filter))}`}
        >
          {t(filtered ? "csv.downloadFound" : "csv.download")}
        </FileDownload>
      )}
      {items.length === 0 ? (
        <p>{t(filtered ? "noMatch" : "empty")}</p>
      ) : (
        <ClientMessages namespaces={["Staff.review"]}>
          <div className={styles.tableBox} role="region" aria-labelledby="staff-offers-caption" tabIndex={0}>
            <table className={`${styles.table} ${styles.offerTable}`}>
              <caption id="staff-offers-caption">{t("caption", { regionName: region.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("columns.offer")}</th>
                  <th scope="col">{t("columns.status")}</th>
                  <th scope="col">{t("columns.dates")}</th>
                  <th scope="col">{t("columns.contact")}</th>
                  <th scope="col">{t("columns.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((offer) => (
                  <tr key={offer.id}>
                    <th scope="row">
                      {/* Only a listed offer has a public page; the others' status is in the next column. */}
                      {offer.active ? (
                        <Link
                          href={sitePath(region.site, pagePath("offer", { offerId: offer.id }))}
                          className={styles.title}
                          lang={offer.textLanguage}
                          dir="auto"
                        >
                          {offer.title}
                        </Link>
                      ) : (
                        <span className={styles.title} lang={offer.textLanguage} dir="auto">
                          {offer.title}
                        </span>
                      )}
                      <br />
                      <span dir="auto">{t("placeValue", { place: offer.place, postalCode: offer.postalCode })}</span>
                    </th>
                    <td>
                      {t(`status.${offer.status}`)}
                      {offer.status === "DELETED" && offer.deletionReason && (
                        <>
                          <br />
                          <span className={styles.muted}>{t(`deletionReason.${offer.deletionReason}`)}</span>
                        </>
                      )}
                      <br />
                      <span className={styles.muted}>
                        {t(`contactRequests.${offer.contactRequests}`, { count: offer.contactRequestCount })}
                      </span>
                      {offer.waitsForReview && (
                        <>
                          <br />
                          <Link
                            href={`${sitePath(region.site, pagePath("staffReview"))}#${reviewAnchor(offer.id)}`}
                            aria-label={t("reviewLabel", { title: offer.title })}
                          >
                            {t(offer.status === "IN_REVIEW" ? "review" : "reviewText")}
                          </Link>
                        </>
                      )}
                    </td>
                    <td>
                      {t("submittedAt", { date: date(offer.createdAt) })}
                      {offer.deletedAt ? (
                        <>
                          <br />
                          {t("deletedAt", { date: date(offer.deletedAt) })}
                        </>
                      ) : (
                        offer.expiresAt && (
                          <>
                            <br />
                            {t(offer.active ? "expiresAt" : "expiredAt", { date: date(offer.expiresAt) })}
                          </>
                        )
                      )}
                    </td>
                    <td>
                      {offer.contact ? (
                        <>
                          <span dir="auto">{offer.contact.name}</span>
                          <br />
                          <a href={`mailto:${offer.contact.email}`}>{offer.contact.email}</a>
                          {offer.contact.phone && (
                            <>
                              <br />
                              <a href={`tel:${offer.contact.phone.replace(/[^+\d]/g, "")}`} dir="ltr">
                                {offer.contact.phone}
                              </a>
                            </>
                          )}
                        </>
                      ) : (
                        <span className={styles.muted}>{t("contactErased")}</span>
                      )}
                      {offer.contact && offer.landlord && (
                        <LandlordCheck
                          offer={offer}
                          check={checks.get(offer.landlord.key)}
                          target={{ site: region.site, locale, offerId: offer.id, from: "staffOffers" }}
                          date={date}
                        />
                      )}
                    </td>
                    <td>
                      {offer.active ? (
                        <div className={styles.actions}>
                          <form action={extendOfferAction.bind(null, { site: region.site, locale, offerId: offer.id })}>
                            <button
                              type="submit"
                              className={`button ${styles.smallButton}`}
                              aria-label={t("extendLabel", { title: offer.title })}
                            >
                              {t("extend")}
                            </button>
                          </form>
                          <Link
                            href={sitePath(region.site, pagePath("staffOfferChange", { offerId: offer.id }))}
                            aria-label={t("changeLabel", { title: offer.title })}
                          >
                            {t("change")}
                          </Link>
                          <Link
                            href={sitePath(region.site, pagePath("staffOfferRemoval", { offerId: offer.id }))}
                            aria-label={t("deleteLabel", { title: offer.title })}
                          >
                            {t("delete")}
                          </Link>
                        </div>
                      ) : (
                        <span className={styles.muted}>{t("noActions")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ClientMessages>
      )}
      <Pagination page={page} pageCount={pageCount} href={(number) => staffPageHref(path, number, staffOfferQuery(filter))} />
    </PageShell>
  );
}

/**
 * The landlord's checked mark in the contact column: who set it and when, with the button to withdraw it, or a
 * disclosure with the form that sets it (the review queue has the same forms).
 */
async function LandlordCheck({
  offer,
  check,
  target,
  date,
}: {
  offer: StaffOffer;
  check: { checkedBy: string; checkedAt: Date } | undefined;
  target: { site: string; locale: Locale; offerId: string; from: "staffOffers" };
  date: (value: Date) => string;
}) {
  const [t, tReview] = await Promise.all([getTranslations("Staff.offers"), getTranslations("Staff.review")]);
  if (check) {
    return (
      <div className={styles.landlordCheck}>
        <p>{t("landlordChecked", { checkedBy: check.checkedBy, date: date(check.checkedAt) })}</p>
        <LandlordCheckForm target={target} offerTitle={offer.title} checked />
      </div>
    );
  }
  return (
    <details className={styles.landlordCheck}>
      <summary>{tReview("landlord.mark")}</summary>
      <LandlordCheckForm target={target} offerTitle={offer.title} checked={false} />
    </details>
  );
}
