import type { Locale } from "./routing";

// All languages written right to left, not only those configured today, so adding Persian or Hebrew to the
// routing needs no change here.
const rightToLeft: ReadonlySet<string> = new Set(["ar", "ckb", "dv", "fa", "he", "ps", "ur", "yi"]);

/** Writing direction of a language, for `dir` on <html> and on text in another language than the page's. */
export function textDirection(locale: Locale): "rtl" | "ltr" {
  return rightToLeft.has(locale) ? "rtl" : "ltr";
}
