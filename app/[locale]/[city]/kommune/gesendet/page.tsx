import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { signInLinkMinutes } from "@/lib/staff/sign-in";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.sent" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The answer to every sign-in request within the limits (redirect after POST): it says the same for the region's
 * mailbox and any other address, so nobody can test addresses with the form.
 */
export default async function StaffSignInSentPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const t = await getTranslations("Staff.sent");

  return (
    <PageShell region={region}>
      <h1>{t("title")}</h1>
      <div role="status" className="notice notice-success">
        <p>{t("text", { regionName: region.name, minutes: signInLinkMinutes })}</p>
      </div>
      <p>{t("hint")}</p>
      <p>
        <Link href={sitePath(region.site, pagePath("staffSignIn"))}>{t("requestAgain")}</Link>
      </p>
    </PageShell>
  );
}
