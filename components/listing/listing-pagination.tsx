import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLinks, type ListingPage } from "@/lib/offers/listing-filters";
import styles from "./listing.module.css";

/** Plain links to the other pages of the listing (no JavaScript needed); `href` builds the address of a page. */
export async function ListingPagination({ page, href }: { page: ListingPage; href: (page: number) => string }) {
  if (page.pageCount <= 1) return null;
  const t = await getTranslations("Listing");
  return (
    <nav className={styles.pagination} aria-label={t("pagination")}>
      <p>{t("pageOf", { page: page.page, count: page.pageCount })}</p>
      <ul>
        {page.page > 1 && (
          <li>
            <Link href={href(page.page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        )}
        {pageLinks(page.page, page.pageCount).map((number, index) =>
          number === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={href(number)}
                aria-label={t("pageLink", { page: number })}
                aria-current={number === page.page ? "page" : undefined}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        {page.page < page.pageCount && (
          <li>
            <Link href={href(page.page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
