import { useTranslations } from "next-intl";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <PageShell>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      {/* No dead end: the start page lists the regions and leads to their offers. */}
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </PageShell>
  );
}
