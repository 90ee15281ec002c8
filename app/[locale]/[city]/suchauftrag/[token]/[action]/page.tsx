import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import styles from "@/components/link-page.module.css";
import { PageShell } from "@/components/page-shell";
import { SearchDescription } from "@/components/search-alert/search-description";
import { TokenLinkPage } from "@/components/token-link/token-link-page";
import { alertDays, alertLinks, hasAlertEnded } from "@/lib/alerts/search-alerts";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseListingSearch } from "@/lib/offers/listing-filters";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { openTokenLink, tokenLinkButtonOf } from "@/lib/routes/token-links";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string; action: string }>;
  searchParams: Promise<{ ergebnis?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, action } = await params;
  const t = await getTranslations({ locale, namespace: "AlertLink" });
  const alertAction = tokenLinkButtonOf("alert", action);
  return { title: alertAction ? t(`${alertAction}.title`) : t("invalidTitle"), robots: { index: false, follow: false } };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The page a search alert's button opens: confirm, "still looking", unsubscribe. Opening it changes nothing (mail
 * scanners open every link); the button on it posts to ./ausfuehren (lib/routes/token-links.ts).
 */
export default async function AlertLinkPage({ params, searchParams }: Props) {
  const { locale, city, action, region, subject: alert, state, submit, now } = await openTokenLink(alertLinks, params, searchParams);
  const [t, tAlert, format] = await Promise.all([getTranslations("AlertLink"), getTranslations("SearchAlert"), getFormatter()]);

  if (!alert || !region) {
    return (
      <PageShell region={region ?? undefined}>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
        <p>
          <Link href={sitePath(city, pagePath("listing"))}>{t("toListing")}</Link>
        </p>
      </PageShell>
    );
  }

  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const ended = hasAlertEnded(alert, now);
  const keptUntil = new Date(now.getTime() + alertDays * dayMs);
  const statusText = ended
    ? t("statusValue.ENDED")
    : alert.status === "ACTIVE"
      ? t("statusValue.ACTIVE", { date: date(alert.expiresAt!) })
      : t("statusValue.PENDING_CONFIRMATION");
  const { sort: _sort, page: _page, ...filters } = parseListingSearch(new URLSearchParams(alert.search));
  const searchHref = sitePath(city, alert.search ? pagePath("search", { query: alert.search }) : pagePath("listing"));

  return (
    <TokenLinkPage
      region={region}
      namespace="AlertLink"
      title={t(`${action}.title`)}
      state={state}
      submit={submit}
      button={{
        text: action === "keep" ? t("keep.text", { date: date(keptUntil) }) : t(`${action}.text`),
        label: t(`${action}.button`),
        danger: action === "unsubscribe",
      }}
      summary={
        <section aria-labelledby="alert-summary" className={styles.summary}>
          <h2 id="alert-summary">{t("summary")}</h2>
          <SearchDescription filters={filters} regionName={region.name} />
          <p>
            {t("status")}: {statusText}
          </p>
          {!ended && (
            <p>
              {t("frequency")}: {tAlert(`frequency.${alert.frequency}`)}
            </p>
          )}
        </section>
      }
    >
      {region.listingLocales.includes(locale) && (
        <p>
          {ended ? (
            <Link href={sitePath(city, pagePath("alertForm", { query: alert.search }))}>{t("newAlert")}</Link>
          ) : (
            <Link href={searchHref}>{t("showSearch")}</Link>
          )}
        </p>
      )}
    </TokenLinkPage>
  );
}
