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
