import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TokenLinkPage } from "@/components/token-link/token-link-page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { openTokenLink } from "@/lib/routes/token-links";
import { returnPathParameter, staffReturnPath } from "@/lib/staff/return-path";
import { staffSessionHours } from "@/lib/staff/session";
import { staffSignInLinks } from "@/lib/staff/sign-in";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string }>;
  searchParams: Promise<{ [returnPathParameter]?: string; ergebnis?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.link" });
  // The token in this page's address stays out of referrers and caches: next.config.ts sends the token pages' headers.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The page a sign-in link opens. Opening it uses nothing up (mail scanners open every link); the button signs in
 * (lib/routes/token-links.ts).
 */
export default async function StaffSignInLinkPage({ params, searchParams }: Props) {
  const returnPath = staffReturnPath((await searchParams)[returnPathParameter]);
  const { region, state, submit } = await openTokenLink(staffSignInLinks, params, searchParams);
  if (!region) notFound();
  const t = await getTranslations("Staff.link");

  return (
    <TokenLinkPage
      region={region}
      namespace="Staff.link"
      title={state.canAct ? t("title") : t("invalidTitle")}
      state={state}
      submit={submit}
      button={{
        text: t("text", { regionName: region.name, hours: staffSessionHours }),
        label: t("button"),
        fields: returnPath ? { [returnPathParameter]: returnPath } : undefined,
      }}
    >
      {!state.canAct && (
        <p>
          <Link href={sitePath(region.site, pagePath("staffSignIn"))}>{t("requestNew")}</Link>
        </p>
      )}
    </TokenLinkPage>
  );
}
