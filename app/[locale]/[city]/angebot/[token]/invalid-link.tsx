import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";

/** What a mail button's page shows for a malformed, unknown or purged token, or a token of another region. */
export async function InvalidLink({ city }: { city: string }) {
  const t = await getTranslations("OfferLink");
  return (
    <PageShell>
      <h1>{t("invalidTitle")}</h1>
      <p>{t("invalidText")}</p>
      <p>
        <Link href={sitePath(city, pagePath("offerForm"))}>{t("newOffer")}</Link>
      </p>
    </PageShell>
  );
}
