import { matchPage, sitePages, tokenLinkAction, tokenLinks, type PageName, type TokenLinkAction, type TokenLinkName } from "@/lib/routes/site-routes";
import {
  isOfferLimitPerEmail,
  alertLimitPerClientAddress,
  alertLimitPerEmail,
  contactLimitPerClientAddress,
  contactLimitPerOffer,
  contactLimitPerSeeker,
  linkActionLimit,
  offerLimitPerClientAddress,
  offerLimitPerEmail,
  reportLimit,
  staffSignInLimitPerClientAddress,
  staffSignInLimitPerRegion,
} from "./abuse-limits";
import { consumeRateLimits, type RateLimit } from "./rate-limit";

/**
 * What a form's limits are keyed by: the region, the client address, the page's parameters, the typed address (the
 * contact request form's: the seeker's e-mail address or phone number).
 */
type FormPost = { regionSlug: string; clientKey: string; params: Record<string, string>; contactEmail?: string };

type FormLimits = {
  limits: (post: FormPost) => RateLimit[];
  /** Whether the limits include one per typed e-mail address (the proxy then reads it from the posted form). */
  typedEmail?: true;
};

const offerForm: FormLimits = {
  limits: ({ clientKey, contactEmail }) => [offerLimitPerClientAddress(clientKey), ...(contactEmail ? [offerLimitPerEmail(contactEmail)] : [])],
  typedEmail: true,
};

/**
 * The limits a press of a token link's button counts against: its route handler counts them (lib/routes/token-links.ts),
 * the proxy answers them used up with 429. A search alert's unsubscribe is also the mail program's one-click POST
 * (RFC 8058): never limited, it must always work. Signing in with a link uses it up, which is limit enough.
 */
export const tokenLinkLimits: { [L in TokenLinkName]: (clientKey: string, action: TokenLinkAction<L> | null) => RateLimit[] } = {
  offer: (clientKey) => [linkActionLimit(clientKey)],
  alert: (clientKey, action) => (action === "unsubscribe" ? [] : [linkActionLimit(clientKey)]),
  staffSignIn: () => [],
};

/** The forms whose limits are stated here, by the page (or route handler) they post to. */
type LimitedForm = "offerForm" | "alertForm" | "reportForm" | "contactForm" | "staffSignInRequest";

/**
 * The limits of each limited form, by the page (or route handler) it posts to: the one statement of them, which the
 * proxy checks before the form's action and the action counts (`limitsOfForm`). The staff sign-in page posts to its
 * route handler /kommune/anfordern.
 */
const formLimits: { [N in PageName]?: FormLimits } & { [N in LimitedForm]: FormLimits } = {
  offerForm,
  embeddedOfferForm: offerForm,
  alertForm: {
    limits: ({ clientKey, contactEmail }) => [alertLimitPerClientAddress(clientKey), ...(contactEmail ? [alertLimitPerEmail(contactEmail)] : [])],
    typedEmail: true,
  },
  reportForm: { limits: ({ clientKey }) => [reportLimit(clientKey)] },
  contactForm: {
    limits: ({ clientKey, params, contactEmail }) => [
      contactLimitPerClientAddress(clientKey),
      contactLimitPerOffer(params.offerId),
      ...(contactEmail ? [contactLimitPerSeeker(contactEmail)] : []),
    ],
    typedEmail: true,
  },
  staffSignInRequest: { limits: ({ clientKey, regionSlug }) => [staffSignInLimitPerClientAddress(clientKey), staffSignInLimitPerRegion(regionSlug)] },
  ...Object.fromEntries(
    (Object.keys(tokenLinks) as TokenLinkName[]).map((link) => [
      tokenLinks[link].run,
      { limits: ({ clientKey, params }: FormPost) => tokenLinkLimits[link](clientKey, tokenLinkAction(link, params.action ?? "")) },
    ]),
  ),
};

/** The page a route handler's form stands on, where a refusal leads back to. */
const pageOfRoute: { [N in PageName]?: PageName } = {
  staffSignInRequest: "staffSignIn",
  ...Object.fromEntries(Object.values(tokenLinks).map(({ page, run }) => [run, page])),
};

/**
 * The page a form posted to this path stands on, to lead back to, with whatever stands before the region's pages
 * (language, city): for a token link's button or the staff sign-in the page of the route handler, else the path itself.
 */
export function pageOfFormPost(path: string): string {
  const segments = path.split("/");
  // Up to two segments (language, city) before the region's page.
  for (let skipped = 1; skipped <= 3 && skipped < segments.length; skipped++) {
    const below = `/${segments.slice(skipped).join("/")}`;
    const matched = matchPage(below);
    const page = matched && pageOfRoute[matched.name];
    if (matched && page) {
      const pagePath = sitePages[page].replace(/\[(\w+)\]/g, (_match, name: string) => matched.params[name]);
      return `${segments.slice(0, skipped).join("/")}${pagePath}`;
    }
  }
  return path;
}

/** The forms whose limits include one per typed e-mail address: the offer, contact request and search alert forms. */
export function postsLimitedEmail(pagePath: string): boolean {
  const page = matchPage(pagePath);
  return page !== null && formLimits[page.name]?.typedEmail === true;
}

/**
 * The limits a form posted to a region's page counts against, by the page's path below the city segment
 * ("/anbieten"); none for pages whose forms are not limited. For the offer and the contact request form also the
 * limit of the e-mail address posted with it (also the search alert form's), when the caller read it.
 */
export function formLimitsOfPage(regionSlug: string, pagePath: string, clientKey: string, contactEmail?: string): RateLimit[] {
  const page = matchPage(pagePath);
  const form = page && formLimits[page.name];
  return form ? form.limits({ regionSlug, clientKey, params: page.params, contactEmail }) : [];
}

/** The limits a form's action counts, the same the proxy checks for its page. */
export function limitsOfForm(form: LimitedForm, { params = {}, ...post }: Omit<FormPost, "params"> & { params?: FormPost["params"] }): RateLimit[] {
  return formLimits[form].limits({ params, ...post });
}

/** Which limit an offer submission exceeded: the client address's per hour, or the e-mail address's per day. */
export type OfferLimit = "clientAddress" | "email";

/** Counts one offer submission against the offer form's limits; null while all hold. */
export async function consumeOfferLimits(clientKey: string, contactEmail: string, now = new Date()): Promise<OfferLimit | null> {
  const limits = limitsOfForm("offerForm", { regionSlug: "", clientKey, contactEmail });
  const granted = await consumeRateLimits(limits, now);
  const refused = limits.filter((_, index) => !granted[index]);
  if (refused.length === 0) return null;
  return refused.every(isOfferLimitPerEmail) ? "email" : "clientAddress";
}

/** Counts one press of a mail button or save of the change form; false once the hour's limit is used up. */
export async function consumeLinkActionLimit(clientKey: string, now = new Date()): Promise<boolean> {
  return !(await consumeRateLimits(tokenLinkLimits.offer(clientKey, null), now)).includes(false);
}
