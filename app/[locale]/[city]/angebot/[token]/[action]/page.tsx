import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/link-page.module.css";
import { PageShell } from "@/components/page-shell";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { confirmationDeadline, extensionDays, findOfferByToken, latestExpiry } from "@/lib/offers/lifecycle";
import { linkActionOfSegment, offerLinkPath } from "@/lib/offers/links";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { InvalidLink } from "../invalid-link";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string; action: string }>;
  searchParams: Promise<{ ergebnis?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, action } = await params;
  const t = await getTranslations({ locale, namespace: "OfferLink" });
  const linkAction = linkActionOfSegment(action);
  return { title: linkAction ? t(`${linkAction}.title`) : t("invalidTitle"), robots: { index: false, follow: false } };
}

/**
 * The page a mail button opens. Opening it changes nothing (mail scanners open every link); the action runs
 * only when the button on this page is pressed.
 */
export default async function OfferLinkPage({ params, searchParams }: Props) {
  const { locale, city, token, action: segment } = await params;
  setRequestLocale(locale);
  const action = linkActionOfSegment(segment);
  // The change button opens a form of its own (../aendern/page.tsx).
  if (!action || action === "change") notFound();
  const [{ ergebnis: result }, offer, region, t, format] = await Promise.all([
    searchParams,
    findOfferByToken(token),
    getRegion(city),
    getTranslations("OfferLink"),
    getFormatter(),
  ]);

  if (!offer || offer.regionSlug !== region?.slug) return <InvalidLink city={city} />;

  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const now = new Date();
  const expiresAt = offer.expiresAt ?? now;
  const active = offer.status === "ACTIVE" && expiresAt > now;
  const extendedExpiry = new Date(expiresAt.getTime() + extensionDays * 24 * 60 * 60 * 1000);

  let message: { text: string; tone: "success" | "info" | "error" } | null = null;
  let canAct = false;
  if (offer.status === "DELETED") {
    const done = result === "deleted" && (action === "delete" || action === "placed");
    message = done
      ? { text: t(`${action as "delete" | "placed"}.done`), tone: "success" }
      : { text: offer.deletionReason === "PLACED" ? t("alreadyPlaced") : t("alreadyDeleted"), tone: "info" };
  } else if (offer.status === "EXPIRED" || (offer.status === "ACTIVE" && !active)) {
    message = action === "delete" || action === "placed" ? null : { text: t("expired"), tone: "info" };
    canAct = action === "delete" || action === "placed";
  } else if (offer.status === "PENDING_CONFIRMATION") {
    if (action === "confirm") {
      canAct = confirmationDeadline(offer) > now;
      if (!canAct) message = { text: t("confirm.windowPassed"), tone: "info" };
    } else if (action === "extend" || action === "requests") {
      message = { text: t("extend.notConfirmed"), tone: "info" };
    } else {
      canAct = true;
    }
  } else if (action === "requests") {
    // Pausing and taking requests again: the page shows the state and the button that changes it.
    if (result === "paused" || result === "resumed") message = { text: t(`requests.${result}`), tone: "success" };
    canAct = true;
  } else if (action === "confirm") {
    message =
      result === "confirmed"
        ? { text: t("confirm.done", { date: date(expiresAt) }), tone: "success" }
        : { text: t("alreadyActive", { date: date(expiresAt) }), tone: "info" };
  } else if (action === "extend") {
    if (result === "extended") message = { text: t("extend.done", { date: date(expiresAt) }), tone: "success" };
    else if (extendedExpiry > latestExpiry(now)) message = { text: t("extend.limitReached", { date: date(expiresAt) }), tone: "info" };
    else canAct = true;
  } else {
    canAct = true;
  }

  const pauses = offer.contactRequests === "OPEN";
  // The button was pressed too often from this client address: nothing changed, the button stays for later.
  if (result === "rateLimited" && canAct) message = { text: t("rateLimited"), tone: "error" };

  const statusText =
    offer.status === "ACTIVE" && active
      ? t("statusValue.ACTIVE", { date: date(expiresAt) })
      : t(`statusValue.${offer.status === "ACTIVE" ? "EXPIRED" : offer.status}`);
  // A plain POST to a route handler (./ausfuehren/route.ts), which the no-referrer page's "Origin: null" does not stop.
  const submit = getPathname({ href: sitePath(city, `${offerLinkPath(token, action)}/ausfuehren`), locale });
  const showNewOfferLink =
    (offer.status === "PENDING_CONFIRMATION" && !canAct) ||
    offer.status === "EXPIRED" ||
    offer.status === "DELETED" ||
    (offer.status === "ACTIVE" && !active);

  return (
    <PageShell region={region}>
      <h1>{t(`${action}.title`)}</h1>
      {message && (
        <p className={`notice notice-${message.tone}`} role="status">
          {message.text}
        </p>
      )}
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
      {canAct && (
        <form method="post" action={submit} className={styles.form}>
          <p>
            {action === "extend"
              ? t("extend.text", { current: date(expiresAt), next: date(extendedExpiry) })
              : action === "confirm"
                ? t("confirm.text", { days: offer.durationDays })
                : action === "requests"
                  ? t(pauses ? "requests.pauseText" : "requests.resumeText")
                  : t(`${action}.text`)}
          </p>
          {action === "requests" && <input type="hidden" name="change" value={pauses ? "pause" : "resume"} />}
          <button type="submit" className={action === "delete" || action === "placed" ? "button button-danger" : "button"}>
            {action === "requests" ? t(pauses ? "requests.pauseButton" : "requests.resumeButton") : t(`${action}.button`)}
          </button>
        </form>
      )}
      {showNewOfferLink && (
        <p>
          <Link href={sitePath(city, "/anbieten")}>{t("newOffer")}</Link>
        </p>
      )}
      {offer.status === "ACTIVE" && active && (
        <p>
          <Link href={sitePath(city, offerLinkPath(token, "change"))}>{t("change.link")}</Link>
        </p>
      )}
      {offer.status === "ACTIVE" && active && offer.region.listingLocales.includes(locale) && (
        <p>
          <Link href={sitePath(city, "/findflats")}>{t("toListing")}</Link>
        </p>
      )}
    </PageShell>
  );
}
