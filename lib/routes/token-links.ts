import "server-only";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { clientAddressKeyOf } from "@/lib/rate-limit/client-address";
import { tokenLinkLimits } from "@/lib/rate-limit/page-limits";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { getRegion, type SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { formPostRoute } from "@/lib/security/request-methods";
import { crossSitePostResponse, isCrossSitePost, seeOther } from "@/lib/security/token-form-post";
import {
  isTokenLinkButton,
  tokenLinkAction,
  tokenLinkPath,
  tokenLinkRunPath,
  tokenLinks,
  type Query,
  type TokenLinkArguments,
  type TokenLinkButton,
  type TokenLinkName,
} from "./site-routes";

/*
 * The one mechanism behind the pages a mail's link opens (the offer's buttons, a search alert's buttons, the staff
 * sign-in): opening the page changes nothing, as mail scanners open every link; its button posts a plain form to the
 * route handler below it (lib/security/token-form-post.ts says why not a Server Action), which counts the link's
 * limits (lib/rate-limit/page-limits.ts), runs the action and leads back to the page with its outcome. A flow is one
 * definition: its paths in the route table (./site-routes.ts), and here what its token opens, what the page says and
 * what the button does.
 */

/** The action of a flow's page and button: one of its buttons, or none for a link without actions (staff sign-in). */
export type LinkButton<L extends TokenLinkName> = [TokenLinkButton<L>] extends [never] ? undefined : TokenLinkButton<L>;

/** A message of the page: a key of the flow's messages, its values (dates are written out long, with the time). */
export type LinkMessage = { key: string; values?: Record<string, string | number | Date>; tone: "success" | "info" | "error" };

/** What the page shows for its subject's state: a message, and whether the button is offered. */
export type LinkState = { message: LinkMessage | null; canAct: boolean };

/** What pressing the button did: an outcome the page then shows (`?ergebnis=`), or another page to go to. */
export type LinkRun = { outcome: string } | { next: string } | null;

export type TokenLinkFlow<L extends TokenLinkName, Subject> = {
  link: L;
  /** What the token opens in this region; null for a malformed, unknown, purged token or another region's. */
  find(token: string, region: SiteRegion, now: Date): Promise<Subject | null>;
  /** What the page says by the subject's state and the outcome of the last press. */
  state(subject: Subject, action: LinkButton<L>, outcome: string | undefined, now: Date): LinkState;
  /** Presses the button (null: the token opens nothing). */
  run(token: string, action: LinkButton<L>, form: FormData | null, region: SiteRegion): Promise<LinkRun>;
  /**
   * The run route is also a mail program's one-click URL (RFC 8058: `List-Unsubscribe`): opening it with GET (a
   * person, a scanner) only leads to the page.
   */
  oneClick?: true;
};

/** The query parameter that carries the outcome of a press back to the page. */
const outcomeParameter = "ergebnis";

/** The outcome when the button was pressed too often from one client address: nothing changed. */
export const rateLimitedOutcome = "rateLimited";

type LinkParams = { locale: string; city: string; token: string; action?: string };

/** The button an action segment names, or notFound() for an unknown segment or one with a page of its own. */
function buttonOf<L extends TokenLinkName>(link: L, segment: string | undefined): LinkButton<L> {
  if (Object.keys(tokenLinks[link].actions).length === 0) return undefined as LinkButton<L>;
  const action = tokenLinkAction(link, segment ?? "");
  if (!action || !isTokenLinkButton(link, action)) notFound();
  return action as LinkButton<L>;
}

function linkArguments<L extends TokenLinkName>(token: string, action: LinkButton<L>, query?: Query) {
  return { token, action, query } as TokenLinkArguments<L>;
}

/** The page's path of a flow's link, on this site. */
function linkPage<L extends TokenLinkName>(link: L, site: string, token: string, action: LinkButton<L>, query?: Query): string {
  return sitePath(site, tokenLinkPath(link, linkArguments<L>(token, action, query)));
}

/** The action segment of a flow's page, for its metadata: the button's action, or null for an unknown segment. */
export function tokenLinkButtonOf<L extends TokenLinkName>(link: L, segment: string | undefined): LinkButton<L> | null {
  if (Object.keys(tokenLinks[link].actions).length === 0) return undefined as LinkButton<L>;
  const action = tokenLinkAction(link, segment ?? "");
  return action && isTokenLinkButton(link, action) ? (action as LinkButton<L>) : null;
}

export type OpenedTokenLink<L extends TokenLinkName, Subject> = {
  locale: Locale;
  city: string;
  token: string;
  action: LinkButton<L>;
  region: SiteRegion | null;
  /** Null: the link opens nothing (the page says the link is invalid). */
  subject: Subject | null;
  state: LinkState;
  /** Where the page's button posts, with the language prefix. */
  submit: string;
  now: Date;
};

/** Opens a flow's page: its button, its region and what the token opens, and what the page says about it. */
export async function openTokenLink<L extends TokenLinkName, Subject>(
  flow: TokenLinkFlow<L, Subject>,
  params: Promise<LinkParams & { locale: Locale }>,
  searchParams: Promise<{ [outcomeParameter]?: string }>,
): Promise<OpenedTokenLink<L, Subject>> {
  const { locale, city, token, action: segment } = await params;
  setRequestLocale(locale);
  const action = buttonOf(flow.link, segment);
  const now = new Date();
  const [{ [outcomeParameter]: outcome }, region] = await Promise.all([searchParams, getRegion(city)]);
  const subject = region && (await flow.find(token, region, now));
  let state: LinkState = subject ? flow.state(subject, action, outcome, now) : { message: null, canAct: false };
  // The button was pressed too often from this client address: nothing changed, the button stays for later.
  if (outcome === rateLimitedOutcome && state.canAct) state = { ...state, message: { key: "rateLimited", tone: "error" } };
  const submit = getPathname({ href: sitePath(city, tokenLinkRunPath(flow.link, linkArguments<L>(token, action))), locale });
  return { locale, city, token, action, region, subject, state, submit, now };
}

/** The route handler of a flow's button (…/ausfuehren, …/einloesen). */
export function tokenLinkRoute<L extends TokenLinkName, Subject>(flow: TokenLinkFlow<L, Subject>) {
  type Context = { params: Promise<LinkParams> };

  async function linkOf({ params }: Context) {
    const { locale, city, token, action: segment } = await params;
    if (!hasLocale(routing.locales, locale)) notFound();
    const action = buttonOf(flow.link, segment);
    const region = await getRegion(city);
    if (!region) notFound();
    return { locale, token, action, region, page: linkPage(flow.link, region.site, token, action) };
  }

  async function POST(request: Request, context: Context): Promise<Response> {
    const { locale, token, action, region, page } = await linkOf(context);
    if (isCrossSitePost(request)) return crossSitePostResponse(locale, page);
    // Over the limit nothing changes; the page says so and keeps its button for later.
    const limits = tokenLinkLimits[flow.link](clientAddressKeyOf(request.headers), (action ?? null) as never);
    if (limits.length > 0 && (await consumeRateLimits(limits)).includes(false)) {
      return seeOther(linkPage(flow.link, region.site, token, action, { [outcomeParameter]: rateLimitedOutcome }), locale);
    }
    const form = await request.formData().catch(() => null);
    const result = await flow.run(token, action, form, region);
    if (result && "next" in result) return seeOther(result.next, locale);
    return seeOther(result ? linkPage(flow.link, region.site, token, action, { [outcomeParameter]: result.outcome }) : page, locale);
  }

  async function GET(request: Request, context: Context): Promise<Response> {
    if (!flow.oneClick) return formPostRoute.GET();
    const { locale, page } = await linkOf(context);
    return seeOther(page, locale);
  }

  return { POST, GET };
}
