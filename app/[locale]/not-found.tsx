import { useTranslations } from "next-intl";
import { PageShell } from "@/components/page-shell";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <PageShell>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
    </PageShell>
  );
}
