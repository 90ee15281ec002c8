/**
 * How a region looks on its pages and in its mails: its name, its logo and its accent colour. Pure, without
 * imports from the app, so the mail templates (and react-email's preview) can use it too.
 */

/** The accent of regions without a colour of their own (and of the main site): 8.6:1 against white. */
export const defaultAccentColor = "#1f4e79";

/** White text (header band, buttons) on the accent needs this contrast: WCAG 2.1 AA for normal text. */
export const minimumAccentContrast = 4.5;

const hexColor = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

export type RegionIdentity = {
  name: string;
  /** Absolute URL of the municipality's logo, or null. */
  logoUrl: string | null;
  /** "#rrggbb", always readable with white text on it. */
  accentColor: string;
};

/** WCAG 2.1 relative luminance of a "#rrggbb" colour (0 black … 1 white). */
function relativeLuminance(color: string): number {
  const match = hexColor.exec(color);
  if (!match) throw new Error(`Not a #rrggbb colour: ${color}`);
  const [red, green, blue] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2.1 contrast ratio of two "#rrggbb" colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** Whether white text on this colour is readable (and, the ratio being symmetric, this colour on white). */
export function isReadableAccent(color: string): boolean {
  return hexColor.test(color) && contrastRatio(color, "#ffffff") >= minimumAccentContrast;
}

/**
 * The region's identity as pages and mails show it. A colour that white text would not be readable on falls
 * back to the default, so a badly chosen colour in prisma/regions.json never makes a page or mail unreadable.
 */
export function regionIdentity(region: {
  name: string;
  logoUrl: string | null;
  accentColor: string | null;
}): RegionIdentity {
  const accentColor =
    region.accentColor && isReadableAccent(region.accentColor) ? region.accentColor.toLowerCase() : defaultAccentColor;
  return { name: region.name, logoUrl: region.logoUrl, accentColor };
}
