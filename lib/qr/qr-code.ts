import QRCode from "qrcode";
import { escapeMarkup } from "@/lib/markup";

/** Q recovers a quarter of the symbol: a poster may get dirty, creased or partly covered. */
const errorCorrectionLevel = "Q";
/** The quiet zone the QR standard asks for, in modules. */
const margin = 4;
/** Smallest edge of the PNG download: enough for a printed A4 poster without scaling it up. */
const minimumPngPixels = 1024;

/** A QR symbol as one SVG path of dark modules on a square of `size` units, quiet zone included. */
export type QrSymbol = { size: number; path: string };

/** The code carrying `text`, for the inline image on the pages and for the SVG download. */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      path += `M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`;
    }
  }
  return { size: modules.size + 2 * margin, path };
}

/** A standalone SVG file of the code; `label` names it for screen readers and image viewers. */
export function qrSvgFile(text: string, label: string): string {
  const { size, path } = qrSymbol(text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 10}" height="${size * 10}" ` +
    `role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges">` +
    `<title>${escapeMarkup(label)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>\n`
  );
}

/** A PNG of the code with whole pixels per module, at least 1024 pixels wide. */
export async function qrPng(text: string): Promise<Buffer> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  const scale = Math.ceil(minimumPngPixels / (modules.size + 2 * margin));
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel, margin, scale });
}
