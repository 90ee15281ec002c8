import { getTranslations } from "next-intl/server";
import type { CSSProperties } from "react";
import { textDirection } from "@/lib/i18n/direction";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { regionIdentity } from "@/lib/regions/identity";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import styles from "./poster.module.css";
import { QrImage } from "./qr-image";

type Props = {
  region: SiteRegion;
  /** Whose poster: the seekers' (messages' "Poster": headline and explanation) or the landlords' ("LandlordPoster"). */
  words: "Poster" | "LandlordPoster";
  /** One language or two; the first leads (the article's language, the code's label). */
  locales: readonly Locale[];
  /** What the code carries, also written out below it. */
  url: string;
};

/**
 * A printable A4 poster (the seekers' and the landlords'): the region's logo, or its name, over a band in its accent
 * colour, the headline, the QR code, what it is for, the address written out and the region's contact at the foot,
 * filling one A4 page. The staff member's language (the URL's locale) is only used in the toolbar around it.
 */
export async function PosterSheet({ region, words, locales, url }: Props) {
  const [t, inEach] = await Promise.all([
    getTranslations("Qr"),
    Promise.all(
      locales.map(async (locale) => {
        const tWords = await getTranslations({ locale, namespace: words });
        return {
          locale,
          dir: textDirection(locale),
          headline: tWords("headline"),
          // Isolated, so a Latin name with brackets keeps its order inside right-to-left text.
          explanation: tWords.rich("explanation", { region: region.name, name: (chunks) => <bdi>{chunks}</bdi> }),
          t: await getTranslations({ locale, namespace: "Poster" }),
        };
      }),
    ),
  ]);
  const [lead] = inEach;
  const { logoUrl, accentColor } = regionIdentity(region);

  return (
    <main id="main" className={styles.page}>
      <div className={styles.toolbar}>
        <p>
          <Link href={sitePath(region.site, pagePath("qrCodes"))}>{t("back")}</Link>
        </p>
        <p>{t("printHint")}</p>
      </div>
      <article
        className={`${styles.poster} ${inEach.length > 1 ? styles.bilingual : ""}`}
        lang={lead.locale}
        dir={lead.dir}
        style={{ "--poster-accent": accentColor } as CSSProperties}
      >
        <header className={styles.masthead}>
          {logoUrl ? (
            // A municipality's logo from its own server, as in the page header (components/page-shell.tsx).
            // eslint-disable-next-line @next/next/no-img-element
            <img className={styles.logo} src={logoUrl} alt={region.name} />
          ) : (
            <p className={styles.region}>
              <bdi>{region.name}</bdi>
            </p>
          )}
        </header>
        <h1 className={styles.headline}>
          {inEach.map(({ locale, dir, headline }) => (
            <span key={locale} lang={locale} dir={dir}>
              {headline}
            </span>
          ))}
        </h1>
        <QrImage className={styles.code} url={url} label={lead.t("codeLabel", { url })} />
        <div className={styles.explanations}>
          {inEach.map(({ locale, dir, explanation }) => (
            <p key={locale} className={styles.explanation} lang={locale} dir={dir}>
              {explanation}
            </p>
          ))}
        </div>
        <p className={styles.address}>
          {lead.t("orVisit")} <bdi dir="ltr">{url}</bdi>
        </p>
        <footer className={styles.contact}>
          <p>
            {inEach.map(({ locale, dir, t: tPoster }, index) => (
              <span key={locale} lang={locale} dir={dir}>
                {index > 0 && " / "}
                {tPoster("contact")}
              </span>
            ))}{" "}
            <bdi>{region.contactName}</bdi>
          </p>
          <p dir="ltr">
            {region.contactEmail}
            {region.contactPhone && ` · ${region.contactPhone}`}
          </p>
        </footer>
      </article>
    </main>
  );
}
