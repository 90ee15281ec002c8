/**
 * Who may show a page in a frame. Every page may be framed by the app itself only; the embeddable pages of a region
 * (/{city}/eingebettet/…) also by the municipal websites the region lists (Region.embedOrigins).
 */
export function frameAncestors(embedOrigins: readonly string[] = []): string {
  return ["frame-ancestors 'self'", ...embedOrigins].join(" ");
}
