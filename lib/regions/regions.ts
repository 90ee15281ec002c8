import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";

export type { Region };

const slugPattern = /^[a-z0-9-]{2,60}$/;

/** The region (municipality) behind a URL's city segment, or null for an unknown one. */
export const getRegion = cache(async (slug: string): Promise<Region | null> => {
  if (!slugPattern.test(slug)) return null;
  return db().region.findUnique({ where: { slug } });
});
