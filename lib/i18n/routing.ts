import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["de", "uk", "en", "ru", "ar"],
  defaultLocale: "de",
  // German stays at the unprefixed URL (/augsburg/findflats); every other language has its prefix.
  localePrefix: "as-needed",
  // A QR code or mail link must open exactly the language it names, and embedded forms work without cookies.
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
