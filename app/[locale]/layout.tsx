import type { Metadata, Viewport } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { textDirection } from "@/lib/i18n/direction";
import { routing } from "@/lib/i18n/routing";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "de", namespace: "Common" });
  return { title: { default: t("siteName"), template: `%s · ${t("siteName")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f4e79" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("Common"), getMessages()]);
  // Only what client components translate goes to the browser; the rest of a page is rendered on the server.
  const { Error, OfferForm, Enums, Report } = messages;

  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={{ Error, OfferForm, Enums, Report }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
