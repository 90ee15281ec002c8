"use server";

import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { endStaffSession } from "./session";

/**
 * The staff's sign-out button posts here, with or without JavaScript. The site and language are bound by the pages;
 * bound arguments travel through the browser, so they are checked like form fields. Asking for a sign-in link and
 * the button behind the link post to route handlers instead (app/[locale]/[city]/kommune/anfordern/route.ts,
 * …/kommune/anmelden/[token]/einloesen/route.ts).
 */

async function regionOf(site: string) {
  const region = await getRegion(String(site));
  if (!region) notFound();
  return region;
}

function languageOf(locale: Locale): Locale {
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export async function signOutAction(site: string, locale: Locale) {
  const region = await regionOf(site);
  await endStaffSession();
  redirect({ href: sitePath(region.site, pagePath("staffSignIn", { query: { abgemeldet: 1 } })), locale: languageOf(locale) });
}
