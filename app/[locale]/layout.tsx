import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { textDirection } from "@/lib/i18n/direction";
import { routing } from "@/lib/i18n/routing";
import { mainSiteOrigin } from "@/lib/regions/urls";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "de", namespace: "Common" });
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    // Relative metadata URLs resolve on the published origin, never on the one Next.js guesses (the server's own
    // address, "localhost"); a region's pages resolve on the region's (app/[locale]/[city]/layout.tsx).
    metadataBase: new URL(mainSiteOrigin()),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f4e79" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Common");

  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* The error page is the one client component on every page that translates; forms add their own. */}
        <ClientMessages namespaces={["Error"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
