import { tokenLinkRoute } from "@/lib/routes/token-links";
import { formPostRoute } from "@/lib/security/request-methods";
import { staffSignInLinks } from "@/lib/staff/sign-in";

/** The button behind a sign-in link posts here: it redeems the link once and starts the session for its region. */
export const { POST, GET } = tokenLinkRoute(staffSignInLinks);
export const { OPTIONS } = formPostRoute;
