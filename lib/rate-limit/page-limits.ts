import {
  linkActionLimit,
  offerLimitPerClientAddress,
  reportLimit,
  staffSignInLimitPerClientAddress,
  staffSignInLimitPerRegion,
} from "./abuse-limits";
import type { RateLimit } from "./rate-limit";

/** A mail button's page posts to its route handler below it: /angebot/{token}/{action}/ausfuehren. */
const mailButtonPost = /^(.*\/angebot\/[^/]+\/[^/]+)\/ausfuehren$/;

/** The page a form posted to this path stands on, to lead back to: for a mail button its page, else the path itself. */
export function pageOfFormPost(path: string): string {
  return mailButtonPost.exec(path)?.[1] ?? path;
}

/**
 * The limits a form posted to a region's page counts against, by the page's path below the city segment
 * ("/anbieten"); none for pages whose forms are not limited. The offer limit per e-mail address is not among them:
 * only the action knows the address.
 */
export function formLimitsOfPage(regionSlug: string, pagePath: string, clientKey: string): RateLimit[] {
  if (pagePath === "/anbieten" || pagePath === "/eingebettet/anbieten") return [offerLimitPerClientAddress(clientKey)];
  if (mailButtonPost.test(pagePath)) return [linkActionLimit(clientKey)];
  if (/^\/findflats\/[^/]+\/melden$/.test(pagePath)) return [reportLimit(clientKey)];
  if (pagePath === "/kommune") return [staffSignInLimitPerClientAddress(clientKey), staffSignInLimitPerRegion(regionSlug)];
  return [];
}
