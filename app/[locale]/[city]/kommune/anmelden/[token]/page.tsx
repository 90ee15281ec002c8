import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { returnPathParameter, staffReturnPath } from "@/lib/staff/return-path";
import { staffSessionHours } from "@/lib/staff/session";
import { signInLinkMinutes, signInLinkState, staffSignInPath } from "@/lib/staff/sign-in";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string }>;
  searchParams: Promise<{ [returnPathParameter]?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.link" });
  // The token in this page's address stays out of referrers and caches: next.config.ts sends the token pages' headers.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The page a sign-in link opens. Opening it uses nothing up (mail scanners open every link); the button signs in.
 */
export default async function StaffSignInLinkPage({ params, searchParams }: Props) {
  const { locale, city, token } = await params;
  const returnPath = staffReturnPath((await searchParams)[returnPathParameter]);
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const [state, t] = await Promise.all([signInLinkState(region.slug, token), getTranslations("Staff.link")]);

  if (state !== "valid") {
    return (
      <PageShell region={region}>
        <h1>{t("invalidTitle")}</h1>
        <p role="status" className="notice notice-error">
          {state === "expired" ? t("expired", { minutes: signInLinkMinutes }) : t(state)}
        </p>
        <p>
          <Link href={sitePath(region.site, "/kommune")}>{t("requestNew")}</Link>
        </p>
      </PageShell>
    );
  }

  return (
    <PageShell region={region}>
      <h1>{t("title")}</h1>
      {/* A plain POST to a route handler (./einloesen/route.ts), which the no-referrer page's "Origin: null" does not stop. */}
      <form method="post" action={getPathname({ href: sitePath(region.site, `${staffSignInPath(token)}/einloesen`), locale })}>
        <p>{t("text", { regionName: region.name, hours: staffSessionHours })}</p>
        {returnPath && <input type="hidden" name={returnPathParameter} value={returnPath} />}
        <button type="submit" className="button">
          {t("button")}
        </button>
      </form>
    </PageShell>
  );
}
