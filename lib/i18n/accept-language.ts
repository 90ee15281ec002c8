/**
 * The languages a browser asks for in `Accept-Language` (RFC 9110, section 12.5.4), for the one address that has
 * no language of its own: the Integreat app's entry address. The app's in-app browser sends the phone's languages.
 */

/** A language range with its weight: "uk-UA;q=0.9". Other parameters are not defined for this header. */
const entryPattern = /^([a-z]{1,8}(?:-[a-z0-9]{1,8})*|\*)(?:\s*;\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?))?$/i;

/** A header is a short list; anything longer is not a browser's and is read only this far. */
const maxEntries = 30;

/**
 * The language ranges of the header, most preferred first (equal weights keep their order), lower-cased. Ranges
 * the browser refuses (q=0), the wildcard (it adds nothing to "German otherwise") and malformed entries are left
 * out, so a broken header counts as none.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",", maxEntries)
    .flatMap((entry, index) => {
      const match = entry.trim().match(entryPattern);
      if (!match) return [];
      const weight = match[2] === undefined ? 1 : Number(match[2]);
      return weight > 0 && match[1] !== "*" ? [{ range: match[1].toLowerCase(), weight, index }] : [];
    })
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.range);
}

/**
 * The first of `available` that one of the preferred ranges asks for, by RFC 4647 lookup: a range matches a
 * language when it is the language or the language with subtags ("uk-UA" and "uk-Cyrl-UA" ask for "uk").
 */
export function bestLanguage<T extends string>(preferred: readonly string[], available: readonly T[]): T | undefined {
  for (const range of preferred) {
    const found = available.find((language) => range === language || range.startsWith(`${language}-`));
    if (found) return found;
  }
  return undefined;
}
