import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/link-page.module.css";
import { PageShell } from "@/components/page-shell";
import { SearchDescription } from "@/components/search-alert/search-description";
import { alertActionOfSegment, alertLinkPath } from "@/lib/alerts/alert-links";
import { alertDays, findAlertByToken } from "@/lib/alerts/search-alerts";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { confirmationWindowHours } from "@/lib/offers/lifecycle";
import { parseListingSearch } from "@/lib/offers/listing-filters";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string; action: string }>;
  searchParams: Promise<{ ergebnis?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, action } = await params;
  const t = await getTranslations({ locale, namespace: "AlertLink" });
  const alertAction = alertActionOfSegment(action);
  return { title: alertAction ? t(`${alertAction}.title`) : t("invalidTitle"), robots: { index: false, follow: false } };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The page a search alert's button opens: confirm, "still looking", unsubscribe. Opening it changes nothing (mail
 * scanners open every link); the button on it posts to ./ausfuehren.
 */
export default async function AlertLinkPage({ params, searchParams }: Props) {
  const { locale, city, token, action: segment } = await params;
  setRequestLocale(locale);
  const action = alertActionOfSegment(segment);
  if (!action) notFound();
  const [{ ergebnis: result }, alert, region, t, format] = await Promise.all([
    searchParams,
    findAlertByToken(token),
    getRegion(city),
    getTranslations("AlertLink"),
    getFormatter(),
  ]);

  if (!alert || !region || alert.regionSlug !== region.slug) {
    return (
      <PageShell region={region ?? undefined}>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
        <p>
          <Link href={sitePath(city, "/findflats")}>{t("toListing")}</Link>
        </p>
      </PageShell>
    );
  }

  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const now = new Date();
  const active = alert.status === "ACTIVE" && alert.expiresAt !== null && alert.expiresAt > now;
  const ended = alert.status === "ENDED" || (alert.status === "ACTIVE" && !active);
  const keptUntil = new Date(now.getTime() + alertDays * dayMs);

  let message: { text: string; tone: "success" | "info" | "error" } | null = null;
  let canAct = false;
  if (ended) {
    message =
      action === "unsubscribe" && result === "unsubscribed"
        ? { text: t("unsubscribe.done"), tone: "success" }
        : { text: t("ended"), tone: "info" };
  } else if (alert.status === "PENDING_CONFIRMATION") {
    if (action === "keep") {
      message = { text: t("notConfirmed"), tone: "info" };
    } else if (action === "confirm" && alert.createdAt.getTime() + confirmationWindowHours * 60 * 60 * 1000 <= now.getTime()) {
      message = { text: t("confirm.windowPassed"), tone: "info" };
    } else {
      canAct = true;
    }
  } else if (action === "confirm") {
    message =
      result === "confirmed"
        ? { text: t("confirm.done", { date: date(alert.expiresAt!) }), tone: "success" }
        : { text: t("alreadyActive", { date: date(alert.expiresAt!) }), tone: "info" };
  } else if (action === "keep" && result === "kept") {
    message = { text: t("keep.done", { date: date(alert.expiresAt!) }), tone: "success" };
  } else {
    canAct = true;
  }
  if (result === "rateLimited" && canAct) message = { text: t("rateLimited"), tone: "error" };

  const statusText = ended
    ? t("statusValue.ENDED")
    : alert.status === "ACTIVE"
      ? t("statusValue.ACTIVE", { date: date(alert.expiresAt!) })
      : t("statusValue.PENDING_CONFIRMATION");
  const { sort: _sort, page: _page, ...filters } = parseListingSearch(new URLSearchParams(alert.search));
  const searchHref = sitePath(city, alert.search ? `/findflats/suche?${alert.search}` : "/findflats");
  const submit = getPathname({ href: sitePath(city, `${alertLinkPath(token, action)}/ausfuehren`), locale });
  const tAlert = await getTranslations("SearchAlert");

  return (
    <PageShell region={region}>
      <h1>{t(`${action}.title`)}</h1>
      {message && (
        <p className={`notice notice-${message.tone}`} role="status">
          {message.text}
        </p>
      )}
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
      {canAct && (
        <form method="post" action={submit} className={styles.form}>
          <p>{action === "keep" ? t("keep.text", { date: date(keptUntil) }) : t(`${action}.text`)}</p>
          <button type="submit" className={action === "unsubscribe" ? "button button-danger" : "button"}>
            {t(`${action}.button`)}
          </button>
        </form>
      )}
      {region.listingLocales.includes(locale) && (
        <p>
          {ended ? (
            <Link href={sitePath(city, `/findflats/benachrichtigen${alert.search ? `?${alert.search}` : ""}`)}>{t("newAlert")}</Link>
          ) : (
            <Link href={searchHref}>{t("showSearch")}</Link>
          )}
        </p>
      )}
    </PageShell>
  );
}
