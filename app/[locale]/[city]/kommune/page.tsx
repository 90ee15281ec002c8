import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { getPathname, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { returnPathParameter, staffReturnPath } from "@/lib/staff/return-path";
import { staffSessionFor } from "@/lib/staff/session";
import styles from "./staff.module.css";

// Reads the session cookie on every request; never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string }>;
  searchParams: Promise<{ fehler?: string; abgemeldet?: string; [returnPathParameter]?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Staff ask for a sign-in link by entering the region's municipal mailbox; the link goes to that mailbox only. */
export default async function StaffSignInPage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const [query, t] = await Promise.all([searchParams, getTranslations("Staff.signIn")]);
  const rateLimited = query.fehler === "limit";
  const signedOut = query.abgemeldet;
  const returnPath = staffReturnPath(query[returnPathParameter]);
  if (await staffSessionFor(region.slug)) redirect({ href: sitePath(region.site, returnPath ?? pagePath("staffOffers")), locale });

  return (
    <PageShell region={region}>
      <h1>{t("title")}</h1>
      {rateLimited && (
        <p role="alert" className="notice notice-error">
          {t("rateLimited")}
        </p>
      )}
      {!rateLimited && signedOut && (
        <p role="status" className="notice notice-success">
          {t("signedOut")}
        </p>
      )}
      {!rateLimited && returnPath && (
        <p role="status" className="notice">
          {t("returnNotice")}
        </p>
      )}
      <p>{t("intro", { regionName: region.name })}</p>
      <form method="post" action={getPathname({ href: sitePath(region.site, pagePath("staffSignInRequest")), locale })}>
        {returnPath && <input type="hidden" name={returnPathParameter} value={returnPath} />}
        <div className={styles.field}>
          <label htmlFor="staff-mailbox">{t("mailboxLabel")}</label>
          <p id="staff-mailbox-hint" className={styles.hint}>
            {t("mailboxHint")}
          </p>
          <input
            id="staff-mailbox"
            name="mailbox"
            type="email"
            autoComplete="email"
            required
            maxLength={320}
            aria-describedby="staff-mailbox-hint"
            dir="ltr"
          />
        </div>
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
    </PageShell>
  );
}
