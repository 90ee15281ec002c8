import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getCachedRegion } from "@/lib/regions/regions";
import { regionOrigin } from "@/lib/regions/urls";

type Props = { children: ReactNode; params: Promise<{ city: string }> };

/**
 * A region's pages resolve relative metadata URLs on the region's origin (its own hostname, if it has one), like
 * its canonical links; an unknown site keeps the main site's (app/[locale]/layout.tsx). The cached region, as the
 * pages read it.
 */
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const region = await getCachedRegion((await params).city);
  return region ? { metadataBase: new URL(regionOrigin(region)) } : {};
}

export default function RegionLayout({ children }: Props) {
  return children;
}
