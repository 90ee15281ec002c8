import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { textDirection } from "@/lib/i18n/direction";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listingUrl, posterLocales } from "@/lib/qr/listing-codes";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import styles from "./poster.module.css";
import { QrImage } from "../../qr-image";

type Props = { params: Promise<{ locale: Locale; city: string; languages: string }> };

async function posterOrNotFound(city: string, languages: string) {
  const region = await getRegion(city);
  const locales = region && posterLocales(region, languages);
  if (!region || !locales) notFound();
  return { region, locales };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, languages } = await params;
  const { region } = await posterOrNotFound(city, languages);
  const t = await getTranslations({ locale, namespace: "Qr" });
  return { title: t("posterTitle", { region: region.name }), robots: { index: false, follow: false } };
}

/**
 * A printable A4 poster in one language or two (e.g. /augsburg/qr/plakat/uk-de). The staff member's language
 * (the URL's locale) is only used around the poster; the poster itself speaks the languages in its path.
 */
export default async function PosterPage({ params }: Props) {
  const { locale, city, languages } = await params;
  setRequestLocale(locale);
  const { region, locales } = await posterOrNotFound(city, languages);
  const [t, inEach] = await Promise.all([
    getTranslations("Qr"),
    Promise.all(
      locales.map(async (posterLocale) => ({
        locale: posterLocale,
        dir: textDirection(posterLocale),
        t: await getTranslations({ locale: posterLocale, namespace: "Poster" }),
      })),
    ),
  ]);
  // The code leads to the first language's listing, which links to the others.
  const [lead] = inEach;
  const url = listingUrl(region, lead.locale);

  return (
    <main id="main" className={styles.page}>
      <div className={styles.toolbar}>
        <p>
          <Link href={sitePath(region.site, pagePath("qrCodes"))}>{t("back")}</Link>
        </p>
        <p>{t("printHint")}</p>
      </div>
      <article
        className={`${styles.poster} ${locales.length > 1 ? styles.bilingual : ""}`}
        lang={lead.locale}
        dir={lead.dir}
      >
        <p className={styles.region}>{region.name}</p>
        <h1 className={styles.headline}>
          {inEach.map(({ locale: posterLocale, dir, t: tPoster }) => (
            <span key={posterLocale} lang={posterLocale} dir={dir}>
              {tPoster("headline")}
            </span>
          ))}
        </h1>
        <QrImage className={styles.code} url={url} label={lead.t("codeLabel", { url })} />
        {inEach.map(({ locale: posterLocale, dir, t: tPoster }) => (
          <p key={posterLocale} className={styles.explanation} lang={posterLocale} dir={dir}>
            {tPoster.rich("explanation", {
              region: region.name,
              // Isolated, so a Latin name with brackets keeps its order inside right-to-left text.
              name: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </p>
        ))}
        <p className={styles.address}>
          {lead.t("orVisit")} <bdi dir="ltr">{url}</bdi>
        </p>
      </article>
    </main>
  );
}
