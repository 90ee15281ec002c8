/** Lists too long for one page (the listing, the staff tables) are shown a page at a time, with plain links. */

/** Which page of a list is shown, and of how many. */
export type PageOfList = { page: number; pageCount: number };

/**
 * The page of a list of `total` items to show for a requested page number, and where its items start: a number
 * past the end shows the last page, anything below 1 (or no number at all) the first.
 */
export function pageOfList(requested: number, total: number, pageSize: number): PageOfList & { start: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  return { page, pageCount, start: (page - 1) * pageSize };
}

/**
 * The page numbers worth a link: the first, the last and two around the current one, with gaps between, so a
 * list with hundreds of pages still gets a short navigation.
 */
export function pageLinks(page: number, pageCount: number): (number | "gap")[] {
  const links: (number | "gap")[] = [];
  for (let number = 1; number <= pageCount; number++) {
    if (number === 1 || number === pageCount || Math.abs(number - page) <= 2) links.push(number);
    else if (links.at(-1) !== "gap") links.push("gap");
  }
  return links;
}
