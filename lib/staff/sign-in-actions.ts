"use server";

import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { clientAddressKey } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { endStaffSession } from "./session";
import { requestStaffSignIn } from "./sign-in";

/**
 * The staff's sign-in and sign-out forms post here, with or without JavaScript. The site and language are bound by
 * the pages; bound arguments travel through the browser, so they are checked like form fields. The button behind a
 * sign-in link posts to a route handler instead (app/[locale]/[city]/kommune/anmelden/[token]/einloesen/route.ts).
 */

async function regionOf(site: string) {
  const region = await getRegion(String(site));
  if (!region) notFound();
  return region;
}

function languageOf(locale: Locale): Locale {
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** "Send me a sign-in link": the same answer for every address, except when a rate limit is exceeded. */
export async function requestSignInAction(site: string, locale: Locale, formData: FormData) {
  const region = await regionOf(site);
  const language = languageOf(locale);
  const mailbox = String(formData.get("mailbox") ?? "").slice(0, 320);
  const outcome = await requestStaffSignIn(region, mailbox, language, await clientAddressKey());
  if (outcome === "rateLimited") redirect({ href: sitePath(region.site, "/kommune?fehler=limit"), locale: language });
  deliverAfterResponse();
  redirect({ href: sitePath(region.site, "/kommune/gesendet"), locale: language });
}

export async function signOutAction(site: string, locale: Locale) {
  const region = await regionOf(site);
  await endStaffSession();
  redirect({ href: sitePath(region.site, "/kommune?abgemeldet=1"), locale: languageOf(locale) });
}
