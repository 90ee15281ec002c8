import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { maxSearchLength, staffOfferStatuses, type StaffOfferFilter } from "@/lib/staff/offers";
import styles from "../staff.module.css";

/**
 * The offers list's search and status filter: a plain GET form to the list's address `path` (works without
 * JavaScript); its answer is an address to bookmark, and the list's page links keep the filter.
 */
export async function OfferFilter({ path, filter }: { path: string; filter: StaffOfferFilter }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Staff.offers.filter")]);
  const tStatus = await getTranslations("Staff.offers.status");
  return (
    <form role="search" aria-label={t("label")} method="get" action={getPathname({ href: path, locale })} className={styles.filter}>
      <div className={styles.filterField}>
        <label htmlFor="offer-search">{t("search")}</label>
        <input
          id="offer-search"
          type="search"
          name="suche"
          defaultValue={filter.search}
          aria-describedby="offer-search-hint"
          maxLength={maxSearchLength}
        />
      </div>
      <div className={styles.filterField}>
        <label htmlFor="offer-status">{t("status")}</label>
        <select id="offer-status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {staffOfferStatuses.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={`button ${styles.smallButton}`}>
        {t("submit")}
      </button>
      {(filter.search || filter.status) && <Link href={path}>{t("reset")}</Link>}
      <p id="offer-search-hint" className={styles.hint}>
        {t("searchHint")}
      </p>
    </form>
  );
}
