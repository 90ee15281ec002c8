import { alertLinks } from "@/lib/alerts/search-alerts";
import { tokenLinkRoute } from "@/lib/routes/token-links";

/**
 * The button on a search alert's page posts here, and so does a mail program's one-click unsubscribe (RFC 8058:
 * `List-Unsubscribe` names this URL, the program POSTs "List-Unsubscribe=One-Click" without a browser). Unsubscribing
 * is never rate-limited: a mail provider's servers may send many from one address, and it must always work. Opening
 * the one-click URL itself (a person, or a scanner) only leads to the page with the button.
 */
export const { POST, GET } = tokenLinkRoute(alertLinks);
