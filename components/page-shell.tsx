import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Region } from "@/lib/regions/regions";

/** Header with the region's name, the page's main landmark and the footer with the operator and privacy link. */
export async function PageShell({ region, children }: { region?: Region; children: ReactNode }) {
  const t = await getTranslations("Common");
  return (
    <>
      <header className="site-header">
        <strong>{t("siteName")}</strong>
        {region && <span> · {region.name}</span>}
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{t("operator")}</p>
        {region && (
          <p>
            <a href={region.privacyPolicyUrl}>{t("privacy")}</a>
          </p>
        )}
      </footer>
    </>
  );
}
