import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";
import { listingLocales, listingUrl, qrFileName, type QrCodeName, type QrFormat } from "@/lib/qr/listing-codes";
import { offerFormUrl } from "@/lib/qr/offer-form-code";
import { qrPng, qrSvgFile } from "@/lib/qr/qr-code";
import { getRegion, type Region } from "@/lib/regions/regions";
import { readOnlyRoute } from "@/lib/security/request-methods";

type Context = { params: Promise<{ city: string; file: string }> };

const contentTypes: Record<QrFormat, string> = { svg: "image/svg+xml", png: "image/png" };

/**
 * A region's QR code as a file to download: /api/qr/augsburg/uk.png or …/uk.svg (the listing in that language), and
 * …/anbieten.png or …/anbieten.svg (the offer form, labelled in German like the landlords' poster).
 */
export async function GET(_request: Request, { params }: Context) {
  const { city, file } = await params;
  const [, requested, format] = /^([a-z]{2}|anbieten)\.(svg|png)$/.exec(file) ?? [];
  const region = format ? await getRegion(city) : null;
  const code = region && requestedCode(region, requested);
  if (!region || !code) return new Response(null, { status: 404 });

  const body = format === "svg" ? await svgFile(code.url, code.locale) : new Uint8Array(await qrPng(code.url));
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format as QrFormat],
      "Content-Disposition": `attachment; filename="${qrFileName(region, code.name, format as QrFormat)}"`,
      "Cache-Control": "public, max-age=3600",
      "X-Robots-Tag": "noindex",
    },
  });
}

/** What the code carries and its label's language: the offer form (German), or the listing in a language listed. */
function requestedCode(region: Region, requested: string): { name: QrCodeName; url: string; locale: Locale } | null {
  if (requested === "anbieten") return { name: requested, url: offerFormUrl(region), locale: routing.defaultLocale };
  const locale = listingLocales(region).find((offered) => offered === requested);
  return locale ? { name: locale, url: listingUrl(region, locale), locale } : null;
}

async function svgFile(url: string, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Poster" });
  return qrSvgFile(url, t("codeLabel", { url }));
}

export const { POST, OPTIONS } = readOnlyRoute;
