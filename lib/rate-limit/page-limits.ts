import {
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
import type { RateLimit } from "./rate-limit";

/**
 * A mail button's page posts to its route handler below it: /angebot/{token}/{action}/ausfuehren, and the same for
 * a search alert's buttons (/suchauftrag/…).
 */
const mailButtonPost = /^(.*\/(?:angebot|suchauftrag)\/[^/]+\/[^/]+)\/ausfuehren$/;

/** A search alert's unsubscribe, also the mail program's one-click POST (RFC 8058): never limited, it must always work. */
const unsubscribePost = /\/suchauftrag\/[^/]+\/abbestellen\/ausfuehren$/;

/** The search alert form, below the listing. */
const alertFormPage = "/findflats/benachrichtigen";

/** The staff sign-in page (/kommune) posts to its route handler /kommune/anfordern. */
const staffSignInPost = /^(.*\/kommune)\/anfordern$/;

/**
 * The page a form posted to this path stands on, to lead back to: for a mail button or the staff sign-in the page
 * of the route handler, else the path itself.
 */
export function pageOfFormPost(path: string): string {
  return mailButtonPost.exec(path)?.[1] ?? staffSignInPost.exec(path)?.[1] ?? path;
}

/** The offer form, also embedded: the one form whose limits include one per typed value, the contact address. */
export function isOfferFormPage(pagePath: string): boolean {
  return pagePath === "/anbieten" || pagePath === "/eingebettet/anbieten";
}

const contactRequestPage = /^\/findflats\/([^/]+)\/kontakt$/;

/** The forms whose limits include one per typed e-mail address: the offer, contact request and search alert forms. */
export function postsLimitedEmail(pagePath: string): boolean {
  return isOfferFormPage(pagePath) || contactRequestPage.test(pagePath) || pagePath === alertFormPage;
}

/**
 * The limits a form posted to a region's page counts against, by the page's path below the city segment
 * ("/anbieten"); none for pages whose forms are not limited. For the offer and the contact request form also the
 * limit of the e-mail address posted with it (also the search alert form's), when the caller read it.
 */
export function formLimitsOfPage(regionSlug: string, pagePath: string, clientKey: string, contactEmail?: string): RateLimit[] {
  if (isOfferFormPage(pagePath)) {
    return [offerLimitPerClientAddress(clientKey), ...(contactEmail ? [offerLimitPerEmail(contactEmail)] : [])];
  }
  if (unsubscribePost.test(pagePath)) return [];
  if (mailButtonPost.test(pagePath)) return [linkActionLimit(clientKey)];
  if (pagePath === alertFormPage) {
    return [alertLimitPerClientAddress(clientKey), ...(contactEmail ? [alertLimitPerEmail(contactEmail)] : [])];
  }
  if (/^\/findflats\/[^/]+\/melden$/.test(pagePath)) return [reportLimit(clientKey)];
  const contactOffer = contactRequestPage.exec(pagePath)?.[1];
  if (contactOffer) {
    return [
      contactLimitPerClientAddress(clientKey),
      contactLimitPerOffer(contactOffer),
      ...(contactEmail ? [contactLimitPerSeeker(contactEmail)] : []),
    ];
  }
  if (pagePath === "/kommune/anfordern") return [staffSignInLimitPerClientAddress(clientKey), staffSignInLimitPerRegion(regionSlug)];
  return [];
}
