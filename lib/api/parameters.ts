import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";

/** A query either read in full, or refused with the parameter that was wrong. */
export type QueryResult<T> = { ok: true; value: T } | { ok: false; parameter: string; message: string };

function refuse(parameter: string, message: string): { ok: false; parameter: string; message: string } {
  return { ok: false, parameter, message };
}

/**
 * Unknown parameters are refused rather than ignored: a typo such as `?language=uk` would otherwise quietly
 * answer in German, and every made-up parameter would be one more entry in the shared caches.
 */
function unknownParameter(query: URLSearchParams, known: readonly string[]): string | undefined {
  return [...query.keys()].find((name) => !known.includes(name));
}

/** The query of `GET /regions`: it takes no parameters. */
export function readRegionsQuery(query: URLSearchParams): QueryResult<Record<string, never>> {
  const unknown = unknownParameter(query, []);
  if (unknown !== undefined) return refuse(unknown, `Unknown parameter "${unknown}": this endpoint takes none.`);
  return { ok: true, value: {} };
}

/** The query of `GET /{city}/offers`: `lang`, optional, one of the app's locales. */
export function readOffersQuery(query: URLSearchParams): QueryResult<{ lang: Locale | undefined }> {
  const unknown = unknownParameter(query, ["lang"]);
  if (unknown !== undefined) return refuse(unknown, `Unknown parameter "${unknown}": the only parameter is "lang".`);
  const langs = query.getAll("lang");
  if (langs.length > 1) return refuse("lang", 'Parameter "lang" may be given only once.');
  const [lang] = langs;
  if (lang === undefined) return { ok: true, value: { lang: undefined } };
  if (!hasLocale(routing.locales, lang)) {
    return refuse("lang", `Parameter "lang" must be one of: ${routing.locales.join(", ")}.`);
  }
  return { ok: true, value: { lang } };
}
