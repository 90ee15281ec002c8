/** The id of an offer's entry on the review queue page (/{city}/kommune/pruefen), the target of the mailbox's link. */
export const reviewAnchor = (offerId: string) => `angebot-${offerId}`;
