/**
 * The route table: every page and form target of the site, by name, with the German URL segments as the address bar
 * shows them (next-intl's `pathnames` idea, one language of paths). Links, redirects, mail URLs (with sitePath and
 * regionUrl), the proxy's limits (lib/rate-limit/page-limits.ts), the cached pages' policy and next.config.ts's
 * headers of the token pages all build or match paths here; no other module writes one. Plain data, no imports:
 * next.config.ts, the proxy and the browser load it too. The folders under app/ follow it (./site-routes.test.ts).
 */

/** The last segment of a preview picture's path (the proxy lets only reads reach them). */
export const previewImageSegment = "vorschaubild";

/** The folder of the pages a municipal website may frame (the proxy's frame-ancestors). */
export const embeddedFolder = "/eingebettet";

/** A region's pages, below the city segment (on a region's own hostname there is none). `[name]`: a parameter. */
export const sitePages = {
  start: "/",
  offerForm: "/anbieten",
  offerSent: "/anbieten/gesendet",
  embeddedOfferForm: `${embeddedFolder}/anbieten`,
  embeddedOfferSent: `${embeddedFolder}/anbieten/gesendet`,
  embeddedListing: `${embeddedFolder}/findflats`,
  embedSnippets: "/einbetten",
  listing: "/findflats",
  listingPage: "/findflats/seite/[page]",
  listingImage: `/findflats/${previewImageSegment}`,
  listingFeed: "/findflats/feed",
  search: "/findflats/suche",
  searchImage: `/findflats/suche/${previewImageSegment}`,
  alertForm: "/findflats/benachrichtigen",
  alertSent: "/findflats/benachrichtigen/gesendet",
  offer: "/findflats/[offerId]",
  offerImage: `/findflats/[offerId]/${previewImageSegment}`,
  contactForm: "/findflats/[offerId]/kontakt",
  contactSent: "/findflats/[offerId]/kontakt/gesendet",
  reportForm: "/findflats/[offerId]/melden",
  reportSent: "/findflats/[offerId]/melden/gesendet",
  privacyPolicy: "/datenschutz",
  imprint: "/impressum",
  qrCodes: "/qr",
  qrPoster: "/qr/plakat/[languages]",
  /** The landlords' poster "Wohnraum anbieten", its code leading to the offer form. */
  landlordPoster: "/qr/plakat-anbieten/[languages]",
  staffSignIn: "/kommune",
  staffSignInRequest: "/kommune/anfordern",
  staffSignInSent: "/kommune/gesendet",
  staffOffers: "/kommune/angebote",
  staffOffersExport: "/kommune/angebote/export",
  staffOfferChange: "/kommune/angebote/[offerId]/aendern",
  staffOfferRemoval: "/kommune/angebote/[offerId]/loeschen",
  staffAdvice: "/kommune/beratung",
  staffReview: "/kommune/pruefen",
  staffStatistics: "/kommune/statistik",
  staffStatisticsExport: "/kommune/statistik/export",
  // The token pages: opened from a mail, the token in the path (see tokenLinks).
  offerLink: "/angebot/[token]/[action]",
  offerLinkRun: "/angebot/[token]/[action]/ausfuehren",
  offerChange: "/angebot/[token]/aendern",
  alertLink: "/suchauftrag/[token]/[action]",
  alertLinkRun: "/suchauftrag/[token]/[action]/ausfuehren",
  staffSignInLink: "/kommune/anmelden/[token]",
  staffSignInLinkRun: "/kommune/anmelden/[token]/einloesen",
} as const;

/** The main site's own pages and routes, outside any region. */
export const mainSitePages = {
  /** The region list, and the Integreat app's entry address (lib/regions/entry-address.ts). */
  regionList: "/findflats",
  qrDownload: "/api/qr/[city]/[file]",
  api: "/api/v1",
  devMailbox: "/dev/mailbox",
  devMail: "/dev/mailbox/[id]",
} as const;

/**
 * The pages a mail's link opens, with the token as the credential in their path. Opening one changes nothing (mail
 * scanners open every link); its button posts a plain form to the `run` route below it (lib/routes/token-links.ts).
 * Each sends no referrer and is never cached (next.config.ts). `actions`: the buttons, by their German segment;
 * `formActions`: actions whose page is a form of its own that saves through a Server Action (its own folder).
 */
export const tokenLinks = {
  offer: {
    page: "offerLink",
    run: "offerLinkRun",
    actions: {
      confirm: "bestaetigen",
      delete: "loeschen",
      placed: "vermittelt",
      extend: "verlaengern",
      /** Pause contact requests, or take them again (lib/contact-requests). */
      requests: "anfragen",
      /** Change the offer's details: the offer form (sitePages.offerChange). */
      change: "aendern",
    },
    formActions: { change: "offerChange" },
  },
  alert: {
    page: "alertLink",
    run: "alertLinkRun",
    actions: {
      confirm: "bestaetigen",
      /** "Still looking": the alert runs 30 days from now. */
      keep: "weitersuchen",
      unsubscribe: "abbestellen",
    },
    formActions: {},
  },
  staffSignIn: { page: "staffSignInLink", run: "staffSignInLinkRun", actions: {}, formActions: {} },
} as const satisfies Record<string, TokenLinkRoutes>;

type TokenLinkRoutes = {
  page: PageName;
  run: PageName;
  actions: Record<string, string>;
  formActions: Record<string, PageName>;
};

export type PageName = keyof typeof sitePages;
export type MainSitePageName = keyof typeof mainSitePages;
export type TokenLinkName = keyof typeof tokenLinks;
export type TokenLinkAction<L extends TokenLinkName> = keyof (typeof tokenLinks)[L]["actions"] & string;
/** The actions of a token link that have a button (not a form page of their own). */
export type TokenLinkButton<L extends TokenLinkName> = Exclude<TokenLinkAction<L>, keyof (typeof tokenLinks)[L]["formActions"]>;

type ParamNames<Template extends string> = Template extends `${string}[${infer Name}]${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** A ready query string (a listing search, "beds=2&free=1") or its parameters; undefined ones are left out. */
export type Query = string | Record<string, string | number | undefined>;

type PathArguments<Template extends string> = [ParamNames<Template>] extends [never]
  ? [arguments?: { query?: Query }]
  : [arguments: { [Name in ParamNames<Template>]: string | number } & { query?: Query }];

/** "?name=value&…" ("" for no parameters), each value encoded. */
export function queryString(query: Query | undefined): string {
  if (typeof query === "string") return query ? `?${query}` : "";
  const parameters = Object.entries(query ?? {}).filter(([, value]) => value !== undefined);
  return parameters.length ? `?${parameters.map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`).join("&")}` : "";
}

function filled(template: string, { query, ...params }: { query?: Query } & Record<string, unknown> = {}): string {
  const path = template.replace(/\[(\w+)\]/g, (_match, name: string) => encodeURIComponent(String(params[name])));
  return `${path}${queryString(query)}`;
}

/** The path of a region's page below the city segment: `pagePath("offer", { offerId })`, `pagePath("search", { query })`. */
export function pagePath<N extends PageName>(name: N, ...[args]: PathArguments<(typeof sitePages)[N]>): string {
  return filled(sitePages[name], args);
}

/** The path of one of the main site's own pages or routes. */
export function mainSitePath<N extends MainSitePageName>(name: N, ...[args]: PathArguments<(typeof mainSitePages)[N]>): string {
  return filled(mainSitePages[name], args);
}

/** A token link's token, its action when the link has actions, and a query. */
export type TokenLinkArguments<L extends TokenLinkName> = { token: string; query?: Query } & ([TokenLinkAction<L>] extends [never]
  ? { action?: never }
  : { action: TokenLinkAction<L> });

function linkParams(link: TokenLinkName, { token, action, query }: { token: string; action?: string; query?: Query }) {
  const actions: Record<string, string> = tokenLinks[link].actions;
  return { token, action: action === undefined ? "" : actions[action], query };
}

/** The page a token link opens: `tokenLinkPath("offer", { token, action: "confirm" })`, a form action's own included. */
export function tokenLinkPath<L extends TokenLinkName>(link: L, args: TokenLinkArguments<L>): string {
  const formPage = args.action === undefined ? undefined : (tokenLinks[link].formActions as Record<string, PageName>)[args.action];
  return filled(sitePages[formPage ?? tokenLinks[link].page], linkParams(link, args));
}

/** The route a token link's button posts to (./ausfuehren, ./einloesen). */
export function tokenLinkRunPath<L extends TokenLinkName>(link: L, args: TokenLinkArguments<L>): string {
  return filled(sitePages[tokenLinks[link].run], linkParams(link, args));
}

/** The action a token link's path segment names, or null. */
export function tokenLinkAction<L extends TokenLinkName>(link: L, segment: string): TokenLinkAction<L> | null {
  const entry = Object.entries(tokenLinks[link].actions).find(([, value]) => value === segment);
  return entry ? (entry[0] as TokenLinkAction<L>) : null;
}

/** Whether an action of a token link has a button (its page is the link's page, its press the run route). */
export function isTokenLinkButton<L extends TokenLinkName>(link: L, action: TokenLinkAction<L>): action is TokenLinkButton<L> {
  return !(action in tokenLinks[link].formActions);
}

/** What a parameter may be where a path is matched: offer ids are UUIDs, page numbers digits. */
const parameterPatterns: Record<string, string> = {
  offerId: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
  page: "\\d+",
};

// Pages without parameters first, so /findflats/suche is the search and never an offer.
const matchers = (Object.entries(sitePages) as [PageName, string][])
  .map(([name, template]) => {
    const names = [...template.matchAll(/\[(\w+)\]/g)].map((match) => match[1]);
    const source = template.replace(/\[(\w+)\]/g, (_match, param: string) => `(${parameterPatterns[param] ?? "[^/]+"})`);
    return { name, names, pattern: new RegExp(`^${source}$`) };
  })
  .sort((a, b) => a.names.length - b.names.length);

export type MatchedPage = { name: PageName; params: Record<string, string> };

/** Which page of the table a path below the city segment is (parameters as they stand in the path), or null. */
export function matchPage(path: string): MatchedPage | null {
  for (const { name, names, pattern } of matchers) {
    const match = pattern.exec(path);
    if (match) return { name, params: Object.fromEntries(names.map((param, index) => [param, match[index + 1]])) };
  }
  return null;
}

/** Whether a path below the city segment is one of these pages. */
export function isPageOf(path: string, names: readonly PageName[]): boolean {
  const page = matchPage(path);
  return page !== null && names.includes(page.name);
}

/** The token pages' path prefixes before the token ("/angebot"): next.config.ts sends their headers below them. */
export function tokenPagePrefixes(): string[] {
  return Object.values(tokenLinks).map(({ page }) => sitePages[page].slice(0, sitePages[page].indexOf("/[token]")));
}

/** The token links' form pages (the offer's change page), which save through a Server Action. */
export function tokenFormPages(): string[] {
  return Object.values(tokenLinks).flatMap(({ formActions }) => Object.values(formActions).map((name: PageName) => sitePages[name]));
}
