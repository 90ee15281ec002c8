import { isPageOf, queryString } from "@/lib/routes/site-routes";

/**
 * Where staff return after signing in: the staff page a mail linked to (the report mail's "remove", the advice
 * mail's list, the review mail's queue) or that sent them to the sign-in. It travels through the sign-in form, the sign-in mail's link and
 * the link page's button, so it is checked at each step against the staff pages themselves: never a path of
 * another kind, never another host.
 */
const staffPages = ["staffOffers", "staffOfferRemoval", "staffAdvice", "staffReview", "staffStatistics"] as const;

/** The query parameter that carries it. */
export const returnPathParameter = "weiter";

/** A staff page's path below the city segment ("/kommune/beratung"), or null for anything else. */
export function staffReturnPath(value: unknown): string | null {
  return typeof value === "string" && isPageOf(value, staffPages) ? value : null;
}

/** `path` with the return path as its query, when there is one. */
export function withReturnPath(path: string, returnPath: string | null): string {
  return `${path}${queryString({ [returnPathParameter]: returnPath ?? undefined })}`;
}
