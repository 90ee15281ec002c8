/**
 * The postal codes a region serves, as its settings hold them: single five-digit German codes ("86316") and
 * ranges ("86150-86199"). The Integreat CMS appends a region's postal code to the entry address
 * (`/findflats?plz=86152`), which finds the region by them.
 */

/** German postal codes have five digits and never begin with 00. */
const postalCodePattern = /^(?!00)\d{5}$/;
const itemPattern = /^(\d{5})(?:-(\d{5}))?$/;

export type PostalCodeRange = { from: string; to: string };

export function isPostalCode(text: string): boolean {
  return postalCodePattern.test(text);
}

/** "86150-86199" → {from: "86150", to: "86199"}, "86316" → a range of one; null for anything else. */
export function parsePostalCodeItem(item: string): PostalCodeRange | null {
  const match = item.match(itemPattern);
  if (!match) return null;
  const [, from, to = from] = match;
  if (!isPostalCode(from) || !isPostalCode(to) || from > to) return null;
  return { from, to };
}

/** Why an item is not a postal code or range, for the setting's error message; null when it is one. */
export function postalCodeItemProblem(item: string): string | null {
  const match = item.match(itemPattern);
  if (!match) return `"${item}" is not a five-digit postal code or a range like 86150-86199`;
  const [, from, to = from] = match;
  const wrong = [from, to].find((code) => !isPostalCode(code));
  if (wrong) return `"${wrong}" is no German postal code (they never begin with 00)`;
  if (from > to) return `the range "${item}" must go from the lower to the higher code`;
  return null;
}

/** Five digits compare as text in the order of their numbers, so ranges need no conversion. */
export function coversPostalCode(items: readonly string[], code: string): boolean {
  return items.some((item) => {
    const range = parsePostalCodeItem(item);
    return range !== null && range.from <= code && code <= range.to;
  });
}

/** The items of `items` that share at least one code with an item of `others`. */
export function overlappingPostalCodes(items: readonly string[], others: readonly string[]): string[] {
  const otherRanges = others.map(parsePostalCodeItem).filter((range) => range !== null);
  return items.filter((item) => {
    const range = parsePostalCodeItem(item);
    return range !== null && otherRanges.some((other) => range.from <= other.to && other.from <= range.to);
  });
}
