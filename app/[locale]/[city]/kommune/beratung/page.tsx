import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Pagination } from "@/components/pagination";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { listAdviceRequests, staffPageHref } from "@/lib/staff/offers";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { StaffNav } from "../staff-nav";
import styles from "../staff.module.css";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string }>;
  searchParams: Promise<{ seite?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.advice" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The landlords who placed their accommodation and asked for further advice, newest first, with their contacts. */
export default async function StaffAdvicePage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await signedInStaffRegion(city, locale, pagePath("staffAdvice"));
  const { seite } = await searchParams;
  const [{ items, page, pageCount }, t, tOffers, tEnums, format] = await Promise.all([
    listAdviceRequests(region.slug, Number(seite ?? 1)),
    getTranslations("Staff.advice"),
    getTranslations("Staff.offers"),
    getTranslations("Enums"),
    getFormatter(),
  ]);

  return (
    <PageShell region={region} wide>
      <StaffNav region={region} current="advice" />
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className={styles.tableBox} role="region" aria-labelledby="staff-advice-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="staff-advice-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.requestedAt")}</th>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.language")}</th>
                <th scope="col">{t("columns.email")}</th>
                <th scope="col">{t("columns.phone")}</th>
                <th scope="col">{t("columns.offer")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((request) => (
                <tr key={request.offerId}>
                  <td>{format.dateTime(request.requestedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <th scope="row" dir="auto">
                    {request.name}
                  </th>
                  <td>{tEnums(`language.${request.textLanguage as Locale}`)}</td>
                  <td>
                    <a href={`mailto:${request.email}`}>{request.email}</a>
                  </td>
                  <td>
                    {request.phone ? (
                      <a href={`tel:${request.phone.replace(/[^+\d]/g, "")}`} dir="ltr">
                        {request.phone}
                      </a>
                    ) : (
                      <span className={styles.muted}>{t("noPhone")}</span>
                    )}
                  </td>
                  <td>
                    <span lang={request.textLanguage} dir="auto">
                      {request.title}
                    </span>
                    <br />
                    <span dir="auto" className={styles.muted}>
                      {tOffers("placeValue", { place: request.place, postalCode: request.postalCode })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} href={(number) => staffPageHref(sitePath(region.site, pagePath("staffAdvice")), number)} />
    </PageShell>
  );
}
