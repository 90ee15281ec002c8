import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { offerFeatureNames } from "@/components/listing/offer-features";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { regionOffersForCsv, type StaffCsvOffer } from "@/lib/staff/offers";
import { staffSessionFor } from "@/lib/staff/session";
import { csvFile } from "@/lib/statistics/csv";

type Context = { params: Promise<{ locale: string; city: string }> };

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";
/** German Excel reads "1.5" as a date: decimals get a comma. */
const decimal = (value: number) => String(value).replace(".", ",");

/**
 * All offers of the region as a CSV file for its signed-in staff, in the page's language: status, dates and the
 * facts seekers decide by (who lives there, rent, pets and the other features, contact requests received). No
 * contact details: those stay on the staff pages.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale, city } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const region = await getRegion(city);
  if (!region) return new Response(null, { status: 404 });
  if (!(await staffSessionFor(region.slug))) {
    const signIn = getPathname({ href: sitePath(region.site, "/kommune"), locale });
    return new Response(null, { status: 303, headers: { Location: signIn, "Cache-Control": "no-store" } });
  }

  const [t, tListing, tEnums, tForm, tStatistics] = await Promise.all([
    getTranslations({ locale, namespace: "Staff.offers" }),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Enums" }),
    getTranslations({ locale, namespace: "OfferForm" }),
    getTranslations({ locale, namespace: "Statistics" }),
  ]);
  const now = new Date();
  const row = (offer: StaffCsvOffer) => {
    const expired = offer.status === "ACTIVE" && offer.expiresAt !== null && offer.expiresAt <= now;
    const rent = offer.freeOfCharge
      ? tListing(offer.rentLater ? "freeAtFirst" : "freeOfCharge")
      : (offer.coldRent ?? 0) + (offer.runningCosts ?? 0);
    return [
      offer.id,
      t(`status.${expired ? "EXPIRED" : offer.status}`),
      isoDate(offer.createdAt),
      isoDate(offer.expiresAt),
      offer.title,
      `${offer.postalCode} ${offer.place}`,
      tEnums(`type.${offer.type}`),
      decimal(offer.rooms.toNumber()),
      offer.beds,
      offer.residents ? tListing(`residentsValue.${offer.residents}`, { count: offer.residentCount ?? 0 }) : "",
      offer.hostType ? tEnums(`hostType.${offer.hostType}`) : "",
      rent,
      offerFeatureNames.filter((feature) => offer[feature]).map((feature) => tListing(`feature.${feature}`)).join(", "),
      offer.contactRequestCount,
    ];
  };
  const headings = [
    t("csv.id"),
    t("columns.status"),
    t("csv.submitted"),
    t("csv.until"),
    tForm("fields.title.label"),
    tListing("place"),
    tForm("fields.type.label"),
    tListing("rooms"),
    tListing("beds"),
    tListing("residents"),
    tListing("household"),
    tListing("totalRent"),
    tListing("features"),
    tStatistics("columns.contactRequests"),
  ];
  const offers = await regionOffersForCsv(region.slug);
  return new Response(csvFile([headings, ...offers.map(row)]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="wohnraum-${region.slug}-angebote.csv"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
