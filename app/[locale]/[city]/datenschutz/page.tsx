import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { operator } from "@/lib/legal/operator";
import { confirmationWindowHours, extensionDays } from "@/lib/offers/lifecycle";
import { draftLifetimeDays } from "@/lib/offers/offer-draft";
import { displayDurations } from "@/lib/offers/offer-schema";
import { sentAddressMinutes } from "@/lib/offers/sent-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { isolated, OperatorAddress, RegionContact } from "../impressum/legal-parts";

// Rendered on first visit per city and language; a new policy version shows within the hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return { title: `${t("metaTitle")} · ${region.name}` };
}

/**
 * The region's privacy policy for landlords: who runs the exchange, the municipality as co-recipient of every mail,
 * what is stored, for how long, who sees it and the landlord's rights. Its version is the one each new offer's
 * consent records. German is the binding text; the other languages say so and link to it.
 */
export default async function PrivacyPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const [t, tMail] = await Promise.all([getTranslations("Privacy"), getTranslations("Mail")]);
  const regionName = isolated(region.name);
  const durations = new Intl.ListFormat(locale, { type: "disjunction" }).format(displayDurations.map(String));

  return (
    <PageShell region={region}>
      <h1>{t("heading")}</h1>
      <p>{t("intro", { region: regionName })}</p>
      <p>
        <strong>{t("version", { version: region.privacyPolicyVersion })}</strong>
      </p>
      <p>{t("versionConsent", { version: region.privacyPolicyVersion })}</p>
      {locale !== routing.defaultLocale && (
        <p className="notice">
          {t("translationNotice")}{" "}
          <Link href={sitePath(region.site, pagePath("privacyPolicy"))} locale={routing.defaultLocale} hrefLang="de">
            {t("germanVersion")}
          </Link>
        </p>
      )}

      <h2>{t("controller.heading")}</h2>
      <p>{t("controller.text")}</p>
      <OperatorAddress />

      <h2>{t("municipality.heading")}</h2>
      <p>{t("municipality.text", { region: regionName, mailbox: region.mailbox })}</p>
      <p>{t("municipality.contact")}</p>
      <RegionContact region={region} />

      <h2>{t("stored.heading")}</h2>
      <p>{t("stored.intro")}</p>
      <ul>
        <li>{t("stored.offer")}</li>
        <li>{t("stored.contact")}</li>
        <li>{t("stored.email")}</li>
        <li>{t("stored.consent")}</li>
      </ul>
      <p>{t("stored.draft", { days: draftLifetimeDays })}</p>
      <p>{t("stored.sentCookie", { minutes: sentAddressMinutes })}</p>
      <p>{t("stored.noIpAddresses")}</p>

      <h2>{t("purpose.heading")}</h2>
      <p>{t("purpose.text")}</p>
      <p>{t("purpose.legalBasis")}</p>

      {region.review !== "OFF" && (
        <>
          <h2 id="pruefung">{t("review.heading")}</h2>
          <p>{t("review.text", { region: regionName })}</p>
          <p>{t("review.checked", { region: regionName, days: env.RETENTION_DAYS })}</p>
        </>
      )}

      <h2>{t("retention.heading")}</h2>
      <ul>
        <li>{t("retention.unconfirmed", { hours: confirmationWindowHours })}</li>
        <li>{t("retention.display", { durations, extension: extensionDays })}</li>
        <li>{t("retention.erasure", { days: env.RETENTION_DAYS })}</li>
        <li>{t("retention.statistics")}</li>
        <li>{t("retention.mailbox")}</li>
      </ul>

      <h2>{t("recipients.heading")}</h2>
      <ul>
        <li>{t("recipients.municipality", { region: regionName })}</li>
        <li>{t("recipients.public")}</li>
        <li>{t("recipients.nobodyElse")}</li>
      </ul>

      <h2>{t("rights.heading")}</h2>
      <p>{t("rights.intro")}</p>
      <ul>
        <li>{t("rights.access")}</li>
        <li>{t("rights.rectification")}</li>
        <li>{t("rights.erasure", { deleteButton: tMail("actions.delete") })}</li>
        <li>{t("rights.restriction")}</li>
        <li>{t("rights.objection")}</li>
        <li>{t("rights.withdrawal")}</li>
        <li>{t("rights.complaint")}</li>
      </ul>

      <h2 id="kontaktanfragen">{t("contactRequests.heading")}</h2>
      <p>{t("contactRequests.text")}</p>
      <p>{t("contactRequests.retention", { days: env.RETENTION_DAYS })}</p>
      <p>{t(region.contactRequestCopies ? "contactRequests.municipalityCopy" : "contactRequests.municipalityCounts", { region: regionName })}</p>

      <h2 id="benachrichtigungen">{t("searchAlerts.heading")}</h2>
      <p>{t("searchAlerts.text")}</p>
      <p>{t("searchAlerts.retention", { region: regionName })}</p>

      <h2>{t("reports.heading")}</h2>
      <p>{t("reports.text")}</p>

      <h2>{t("contact.heading")}</h2>
      <p>
        {t("contact.text")} <a href={`mailto:${operator.email}`} dir="ltr">{operator.email}</a>
      </p>
      <p>{t("contact.municipality", { region: regionName })}</p>
    </PageShell>
  );
}
