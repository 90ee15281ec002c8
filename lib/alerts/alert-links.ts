import type { Region, SearchAlert } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath, tokenLinkPath, tokenLinkRunPath, type TokenLinkAction } from "@/lib/routes/site-routes";
import { derivedToken } from "@/lib/security/tokens";

/** The link token of an alert's buttons: the job writes it into every alert mail, the database keeps its hash. */
export function alertToken(alertId: string): string {
  return derivedToken("search-alert", alertId);
}

/** The absolute URL of an alert's button (lib/alerts/search-alerts.ts, `alertLinks`), in the alert's language. */
export function alertLinkUrl(alert: Pick<SearchAlert, "id" | "locale">, region: Region, action: TokenLinkAction<"alert">): string {
  return regionUrl(region, alert.locale as Locale, tokenLinkPath("alert", { token: alertToken(alert.id), action }));
}

/** The listing search an alert watches, in the alert's language. */
export function alertSearchUrl(alert: Pick<SearchAlert, "locale" | "search">, region: Region): string {
  return regionUrl(region, alert.locale as Locale, pagePath("search", { query: alert.search }));
}

/** The mail program's one-click unsubscribe (RFC 8058): it posts to the unsubscribe button's route handler. */
export function alertOneClickUnsubscribeUrl(alert: Pick<SearchAlert, "id" | "locale">, region: Region): string {
  return regionUrl(region, alert.locale as Locale, tokenLinkRunPath("alert", { token: alertToken(alert.id), action: "unsubscribe" }));
}
