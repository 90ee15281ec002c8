import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { listingLocales, listingUrl, qrFileName, type QrFormat } from "@/lib/qr/listing-codes";
import { qrPng, qrSvgFile } from "@/lib/qr/qr-code";
import { getRegion } from "@/lib/regions/regions";
import { readOnlyRoute } from "@/lib/security/request-methods";

type Context = { params: Promise<{ city: string; file: string }> };

const contentTypes: Record<QrFormat, string> = { svg: "image/svg+xml", png: "image/png" };

/** A region's QR code as a file to download: /api/qr/augsburg/uk.png or …/uk.svg. */
export async function GET(_request: Request, { params }: Context) {
  const { city, file } = await params;
  const [, requested, format] = /^([a-z]{2})\.(svg|png)$/.exec(file) ?? [];
  const region = format ? await getRegion(city) : null;
  const locale = region && listingLocales(region).find((offered) => offered === requested);
  if (!region || !locale) return new Response(null, { status: 404 });

  const url = listingUrl(region, locale);
  const body = format === "svg" ? await svgFile(url, locale) : new Uint8Array(await qrPng(url));
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format as QrFormat],
      "Content-Disposition": `attachment; filename="${qrFileName(region, locale, format as QrFormat)}"`,
      "Cache-Control": "public, max-age=3600",
      "X-Robots-Tag": "noindex",
    },
  });
}

async function svgFile(url: string, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Poster" });
  return qrSvgFile(url, t("codeLabel", { url }));
}

export const { POST, OPTIONS } = readOnlyRoute;
