import type { Region, SearchAlert } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { regionUrl } from "@/lib/regions/urls";
import { derivedToken } from "@/lib/security/tokens";

/** A search alert's mail buttons and the German URL segment of the page each one opens (/{city}/suchauftrag/…). */
export const alertLinkSegments = {
  confirm: "bestaetigen",
  /** "Still looking": the alert runs 30 days from now. */
  keep: "weitersuchen",
  unsubscribe: "abbestellen",
} as const;

export type AlertLinkAction = keyof typeof alertLinkSegments;

/** Path below the city segment of the page a search alert's button opens. */
export function alertLinkPath(token: string, action: AlertLinkAction): string {
  return `/suchauftrag/${token}/${alertLinkSegments[action]}`;
}

export function alertActionOfSegment(segment: string): AlertLinkAction | null {
  const entry = Object.entries(alertLinkSegments).find(([, value]) => value === segment);
  return entry ? (entry[0] as AlertLinkAction) : null;
}

/** The link token of an alert's buttons: the job writes it into every alert mail, the database keeps its hash. */
export function alertToken(alertId: string): string {
  return derivedToken("search-alert", alertId);
}

export function alertLinkUrl(alert: Pick<SearchAlert, "id" | "locale">, region: Region, action: AlertLinkAction): string {
  return regionUrl(region, alert.locale as Locale, alertLinkPath(alertToken(alert.id), action));
}

/** The listing search an alert watches, in the alert's language. */
export function alertSearchUrl(alert: Pick<SearchAlert, "locale" | "search">, region: Region): string {
  return regionUrl(region, alert.locale as Locale, `/findflats/suche${alert.search ? `?${alert.search}` : ""}`);
}
