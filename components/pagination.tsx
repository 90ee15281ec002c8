import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLinks, type PageOfList } from "@/lib/pagination";
import styles from "./pagination.module.css";

/**
 * Plain links to the other pages of a list (no JavaScript needed): the listing's pages and the staff tables.
 * `href` builds the address of a page.
 */
export async function Pagination({ page, pageCount, href }: PageOfList & { href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  return (
    <nav className={styles.pagination} aria-label={t("label")}>
      <p>{t("pageOf", { page, count: pageCount })}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {pageLinks(page, pageCount).map((number, index) =>
          number === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={href(number)}
                aria-label={t("pageLink", { page: number })}
                aria-current={number === page ? "page" : undefined}
              >
                {number}
              </Link>
            </li>
          ),
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
