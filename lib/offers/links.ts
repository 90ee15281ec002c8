/** The mail buttons and the German URL segment of the page each one opens. */
export const offerLinkSegments = {
  confirm: "bestaetigen",
  delete: "loeschen",
  placed: "vermittelt",
  extend: "verlaengern",
  /** Pause contact requests, or take them again (lib/contact-requests). */
  requests: "anfragen",
  /** Change the offer's details: a form, not a button (app/[locale]/[city]/angebot/[token]/aendern). */
  change: "aendern",
} as const;

export type OfferLinkAction = keyof typeof offerLinkSegments;

/** Path below the city segment of the page a mail button opens. */
export function offerLinkPath(token: string, action: OfferLinkAction): string {
  return `/angebot/${token}/${offerLinkSegments[action]}`;
}

export function linkActionOfSegment(segment: string): OfferLinkAction | null {
  const entry = Object.entries(offerLinkSegments).find(([, value]) => value === segment);
  return entry ? (entry[0] as OfferLinkAction) : null;
}
