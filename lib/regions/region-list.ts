import "server-only";
import { db } from "@/lib/db/client";

/** All regions for the start page, by name. */
export function listRegions() {
  return db().region.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, hostnames: true, listingLocales: true, postalCodes: true } });
}
