import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath, type PageName } from "@/lib/routes/site-routes";
import { signOutAction } from "@/lib/staff/sign-in-actions";
import styles from "./staff.module.css";

export type StaffSection = "offers" | "review" | "advice" | "statistics" | "qr" | "embed";

// QR codes and embed snippets are not behind the sign-in (they hold nothing personal), but only staff need them.
const sectionPages = {
  offers: "staffOffers",
  review: "staffReview",
  advice: "staffAdvice",
  statistics: "staffStatistics",
  qr: "qrCodes",
  embed: "embedSnippets",
} as const satisfies Record<StaffSection, PageName>;

/** The navigation of the signed-in staff pages, with the sign-out button (a plain form: works without JavaScript). */
export async function StaffNav({ region, current }: { region: SiteRegion; current: StaffSection }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Staff.nav")]);
  return (
    <nav aria-label={t("label")} className={styles.nav}>
      <p>
        {t("signedInFor", { regionName: region.name })}
      </p>
      <ul>
        {(Object.keys(sectionPages) as StaffSection[]).map((section) => (
          <li key={section}>
            <Link href={sitePath(region.site, pagePath(sectionPages[section]))} aria-current={section === current ? "page" : undefined}>
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
      <form action={signOutAction.bind(null, region.site, locale)}>
        <button type="submit" className={`button button-secondary ${styles.smallButton}`}>
          {t("signOut")}
        </button>
      </form>
    </nav>
  );
}
