"use client";

import { useTranslations } from "next-intl";

// Production errors show this page, never a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <main id="main">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  );
}
