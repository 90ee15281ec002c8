import type { CSSProperties, ReactNode } from "react";
import { regionIdentity } from "@/lib/regions/identity";
import type { SiteRegion } from "@/lib/regions/regions";
import styles from "./embed-shell.module.css";
import { FrameHeight } from "./frame-height";

/**
 * A region's page inside the iframe of a municipal website: no header and no footer (the municipality's own
 * website is around it), the region's accent colour, and the page's height reported to the website. Language and
 * direction come from the [locale] layout, as on every page.
 */
export function EmbedShell({ region, children }: { region: SiteRegion; children: ReactNode }) {
  const accent = { "--color-accent": regionIdentity(region).accentColor } as CSSProperties;
  return (
    <main id="main" className={styles.main} style={accent}>
      {children}
      <FrameHeight />
    </main>
  );
}
