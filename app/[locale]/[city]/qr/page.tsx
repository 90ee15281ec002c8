import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { listingLocales, listingUrl, qrDownloadPath, qrFileName } from "@/lib/qr/listing-codes";
import { landlordPosterSegments, offerFormUrl, type LandlordPosterSegment } from "@/lib/qr/offer-form-code";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { QrImage } from "./qr-image";
import styles from "./qr.module.css";

type Props = { params: Promise<{ locale: Locale; city: string }> };

async function regionOrNotFound(city: string) {
  const region = await getRegion(city);
  if (!region) notFound();
  return region;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await regionOrNotFound(city);
  const t = await getTranslations({ locale, namespace: "Qr" });
  // A working page for municipal staff, linked from nowhere public.
  return { title: t("title", { region: region.name }), robots: { index: false, follow: false } };
}

/**
 * For municipal staff: one QR code per listing language, with downloads and printable posters, and the code to the
 * offer form with the landlords' posters.
 */
export default async function QrCodesPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await regionOrNotFound(city);
  const [t, tPoster, tLocale] = await Promise.all([
    getTranslations("Qr"),
    getTranslations("Poster"),
    getTranslations("LocaleName"),
  ]);
  const locales = listingLocales(region);
  // Posters hang in German offices and reception centres, where helpers read German.
  const german = routing.defaultLocale;
  const formUrl = offerFormUrl(region);
  const landlordPosterLabels: Record<LandlordPosterSegment, string> = {
    de: t("landlordPoster"),
    "de-en": t("landlordPosterWithEnglish"),
  };

  return (
    <PageShell region={region}>
      <h1>{t("title", { region: region.name })}</h1>
      <p>{t("intro")}</p>
      <ul className={styles.codes}>
        {locales.map((codeLocale) => {
          const url = listingUrl(region, codeLocale);
          const headingId = `qr-${codeLocale}`;
          return (
            <li key={codeLocale}>
              <section className={styles.code} aria-labelledby={headingId}>
                <h2 id={headingId} lang={codeLocale}>
                  {tLocale(codeLocale)}
                </h2>
                <figure className={styles.figure}>
                  <QrImage className={styles.image} url={url} label={tPoster("codeLabel", { url })} />
                  <figcaption className={styles.url}>
                    <a href={url} dir="ltr">
                      {url}
                    </a>
                  </figcaption>
                </figure>
                <ul className={styles.actions}>
                  <li>
                    <a href={qrDownloadPath(region, codeLocale, "svg")} download={qrFileName(region, codeLocale, "svg")}>
                      {t("downloadSvg")}
                    </a>
                  </li>
                  <li>
                    <a href={qrDownloadPath(region, codeLocale, "png")} download={qrFileName(region, codeLocale, "png")}>
                      {t("downloadPng")}
                    </a>
                  </li>
                  <li>
                    <Link href={sitePath(region.site, pagePath("qrPoster", { languages: codeLocale }))}>{t("poster")}</Link>
                  </li>
                  {codeLocale !== german && locales.includes(german) && (
                    <li>
                      <Link href={sitePath(region.site, pagePath("qrPoster", { languages: `${codeLocale}-${german}` }))}>{t("posterWithGerman")}</Link>
                    </li>
                  )}
                </ul>
              </section>
            </li>
          );
        })}
      </ul>

      <section className={`${styles.code} ${styles.landlords}`} aria-labelledby="qr-landlords">
        <h2 id="qr-landlords">{t("landlordHeading")}</h2>
        <p>{t("landlordIntro")}</p>
        <figure className={styles.figure}>
          <QrImage className={styles.image} url={formUrl} label={tPoster("codeLabel", { url: formUrl })} />
          <figcaption className={styles.url}>
            <a href={formUrl} dir="ltr">
              {formUrl}
            </a>
          </figcaption>
        </figure>
        <ul className={styles.actions}>
          <li>
            <a href={qrDownloadPath(region, "anbieten", "svg")} download={qrFileName(region, "anbieten", "svg")}>
              {t("downloadSvg")}
            </a>
          </li>
          <li>
            <a href={qrDownloadPath(region, "anbieten", "png")} download={qrFileName(region, "anbieten", "png")}>
              {t("downloadPng")}
            </a>
          </li>
          {landlordPosterSegments.map((languages) => (
            <li key={languages}>
              <Link href={sitePath(region.site, pagePath("landlordPoster", { languages }))}>{landlordPosterLabels[languages]}</Link>
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  );
}
