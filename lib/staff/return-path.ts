/**
 * Where staff return after signing in: the staff page a mail linked to (the report mail's "remove", the advice
 * mail's list) or that sent them to the sign-in. It travels through the sign-in form, the sign-in mail's link and
 * the link page's button, so it is checked at each step against the staff pages themselves: never a path of
 * another kind, never another host.
 */
const staffPage = /^\/kommune\/(?:angebote(?:\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/loeschen)?|beratung|statistik)$/;

/** The query parameter that carries it. */
export const returnPathParameter = "weiter";

/** A staff page's path below the city segment ("/kommune/beratung"), or null for anything else. */
export function staffReturnPath(value: unknown): string | null {
  return typeof value === "string" && staffPage.test(value) ? value : null;
}

/** `path` with the return path as its query, when there is one. */
export function withReturnPath(path: string, returnPath: string | null): string {
  return returnPath ? `${path}?${returnPathParameter}=${encodeURIComponent(returnPath)}` : path;
}
