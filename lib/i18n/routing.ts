import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["de", "uk", "en", "ru", "ar"],
  defaultLocale: "de",
  // German stays at the unprefixed URL (/augsburg/findflats); every other language has its prefix.
  localePrefix: "as-needed",
  // A QR code or mail link must open exactly the language it names, and embedded forms work without cookies.
  localeDetection: false,
  localeCookie: false,
  // Each page names its languages itself (components/language-switcher.tsx: hreflang alternates of the languages
  // its region offers, where it may be indexed); a Link header on every answer would name all five, also where a
  // region's listing has fewer, and add half a kilobyte to each answer, uncompressed.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
