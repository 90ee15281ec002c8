import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import styles from "./staff.module.css";

/** Previous and next page of a staff table, as plain links (`?seite=N`). */
export async function StaffPagination({ path, page, pageCount }: { path: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Staff.pagination");
  const href = (number: number) => (number === 1 ? path : `${path}?seite=${number}`);
  return (
    <nav aria-label={t("label")} className={styles.pagination}>
      <p>{t("pageOf", { page, count: pageCount })}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
