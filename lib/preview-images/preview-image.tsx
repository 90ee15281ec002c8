import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { textDirection } from "@/lib/i18n/direction";
import type { Locale } from "@/lib/i18n/routing";
import { regionIdentity } from "@/lib/regions/identity";
import { frontCacheControl } from "@/lib/security/front-cache";
import { hasArabic, rightToLeftPieces } from "./arabic-text";

/**
 * The picture a messenger shows beside a shared link to a listing, a search or an offer (Open Graph image): the
 * region's name in its accent colour and what the page offers, in the page's language. Only what the page shows
 * to everyone anyway, never a name or contact. Drawn by next/og (Satori) with fonts shipped as npm packages: the
 * one next/og brings covers Latin only, and for a glyph no font has, next/og would ask Google Fonts on the web.
 */

export const previewImageSize = { width: 1200, height: 630 };
export const previewImageType = "image/png";

const fontFile = (pkg: string, file: string) => path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file);
const fontFiles = [
  // Satori takes a font by its name; each subset is one font of its own, tried in the order of fontFamily.
  ...([400, 700] as const).flatMap((weight) => [
    { name: "Noto Sans", file: fontFile("noto-sans", `noto-sans-latin-${weight}-normal.woff`), weight },
    { name: "Noto Sans Latin Extended", file: fontFile("noto-sans", `noto-sans-latin-ext-${weight}-normal.woff`), weight },
    { name: "Noto Sans Cyrillic", file: fontFile("noto-sans", `noto-sans-cyrillic-${weight}-normal.woff`), weight },
    // Arabic presentation forms (see arabic-text.ts) and everything else Noto Sans lacks (arrows, symbols).
    { name: "DejaVu Sans", file: fontFile("dejavu-sans", `dejavu-sans-latin-${weight}-normal.woff`), weight },
  ]),
] as const;
const fontFamily = [...new Set(fontFiles.map((font) => `"${font.name}"`))].join(", ");

let fontsLoaded: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;
function fonts() {
  fontsLoaded ??= Promise.all(
    fontFiles.map(async ({ name, file, weight }) => ({ name, data: await readFile(file), weight, style: "normal" as const })),
  ).catch((error: unknown) => {
    fontsLoaded = undefined;
    throw error;
  });
  return fontsLoaded;
}

/**
 * Emoji and scripts without a font here would make next/og fetch an image or font from the web (with the text in
 * the request): such characters are left out of the picture.
 */
const undrawable =
  /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Inherited}\p{Script=Common}]|\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}\u{fe0f}\u{20e3}]/gu;

/** At most this many characters of a title; what would need a third line is cut off (maxHeight). */
const maxTitleLength = 70;

export function shortened(text: string, max = maxTitleLength): string {
  const chars = [...text.replace(undrawable, "").replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** A line of text; with Arabic in it, its words laid out from the right (see arabic-text.ts). */
function Line({ text, rtl, style }: { text: string; rtl: boolean; style: React.CSSProperties }) {
  const clean = text.replace(undrawable, "");
  if (!rtl && !hasArabic(clean)) return <div style={{ display: "flex", ...style }}>{clean}</div>;
  const pieces = rightToLeftPieces(clean);
  return (
    <div
      style={{
        display: "flex",
        flexDirection: rtl ? "row-reverse" : "row",
        flexWrap: "wrap",
        columnGap: "0.28em",
        ...style,
      }}
    >
      {(rtl ? pieces : [...pieces].reverse()).map((piece, index) => (
        <span key={index}>{piece}</span>
      ))}
    </div>
  );
}

export type PreviewImageContent = {
  locale: Locale;
  region: { name: string; logoUrl: string | null; accentColor: string | null };
  siteName: string;
  /** The biggest line: the region's name on a listing, the offer's title on an offer. */
  heading: string;
  /** Below it: the number of offers, or an offer's facts as label and value. */
  lead?: string;
  facts?: { label: string; value: string }[];
};

export async function previewImage({ locale, region, siteName, heading, lead, facts = [] }: PreviewImageContent): Promise<ImageResponse> {
  const rtl = textDirection(locale) === "rtl";
  const { accentColor } = regionIdentity(region);
  const align = rtl ? "flex-end" : "flex-start";
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          background: "#ffffff",
          color: "#1a1a1a",
          fontFamily,
        }}
      >
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            alignItems: align,
            background: accentColor,
            color: "#ffffff",
            padding: "28px 64px",
          }}
        >
          <Line text={siteName} rtl={rtl} style={{ fontSize: 30, opacity: 0.9 }} />
          <Line text={region.name} rtl={rtl} style={{ fontSize: 44, fontWeight: 700 }} />
        </div>
        <div style={{ display: "flex", flexDirection: "column", alignItems: align, padding: "32px 64px", gap: 14, flexGrow: 1 }}>
          <Line
            text={shortened(heading)}
            rtl={rtl}
            style={{ fontSize: 54, fontWeight: 700, lineHeight: 1.2, alignSelf: "stretch", maxHeight: 130, overflow: "hidden" }}
          />
          {lead ? <Line text={lead} rtl={rtl} style={{ fontSize: 46, color: accentColor, fontWeight: 700 }} /> : null}
          {facts.map(({ label, value }) => (
            <div key={label} style={{ display: "flex", flexDirection: rtl ? "row-reverse" : "row", fontSize: 34, gap: 20 }}>
              <Line text={label} rtl={rtl} style={{ color: "#555555" }} />
              <Line text={shortened(value, 60)} rtl={rtl} style={{ fontWeight: 700 }} />
            </div>
          ))}
        </div>
      </div>
    ),
    {
      ...previewImageSize,
      fonts: await fonts(),
      // next/og would let everyone keep the picture for a year; the number of offers changes with the listing.
      headers: { "cache-control": frontCacheControl },
    },
  );
}
