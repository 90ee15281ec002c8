import { offerLinks } from "@/lib/offers/links";
import { tokenLinkRoute } from "@/lib/routes/token-links";
import { formPostRoute } from "@/lib/security/request-methods";

/**
 * The button on a mail button's page posts here. Opening the link only shows that page; this runs when the landlord
 * (or the municipality, who got the same mail) presses the button. Afterwards the page shows the new state.
 */
export const { POST, GET } = tokenLinkRoute(offerLinks);
export const { OPTIONS } = formPostRoute;
