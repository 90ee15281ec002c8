import { getTranslations } from "next-intl/server";
import { offerFeatureNames } from "@/components/listing/offer-features";
import { loadMessages } from "@/lib/i18n/messages";
import { rentText } from "@/lib/offers/fact-line";
import { totalRent } from "@/lib/offers/listing-filters";
import { readOnlyRoute } from "@/lib/security/request-methods";
import { regionOffersForCsv, staffOfferFilter, type StaffCsvOffer } from "@/lib/staff/offers";
import { csvDownload, staffFileRequest } from "@/lib/staff/staff-file";
import { csvFile } from "@/lib/statistics/csv";

type Context = { params: Promise<{ locale: string; city: string }> };

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";
/** German Excel reads "1.5" as a date: decimals get a comma. */
const decimal = (value: number) => String(value).replace(".", ",");

/**
 * The region's offers (those of the list's filter, `?status=…&suche=…`) as a CSV file for its signed-in staff, in the
 * page's language: status, dates and the facts seekers decide by (who lives there, rent, pets and the other features,
 * contact requests received). No contact details: those stay on the staff pages.
 */
export async function GET(request: Request, { params }: Context) {
  const { locale: requested, city } = await params;
  const file = await staffFileRequest(requested, city);
  if (file.refusal) return file.refusal;
  const { region, locale } = file;

  const [t, tListing, tEnums, tForm, tStatistics, messages] = await Promise.all([
    getTranslations({ locale, namespace: "Staff.offers" }),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Enums" }),
    getTranslations({ locale, namespace: "OfferForm" }),
    getTranslations({ locale, namespace: "Statistics" }),
    loadMessages(locale),
  ]);
  const row = (offer: StaffCsvOffer) => {
    // A number a spreadsheet can add up; a free offer's text, with its later rent.
    const rent = offer.rentType === "RENTED" ? totalRent(offer) : rentText(offer, locale, messages);
    return [
      offer.id,
      t(`status.${offer.status}`),
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
  const filter = staffOfferFilter(Object.fromEntries(new URL(request.url).searchParams));
  const offers = await regionOffersForCsv(region.slug, filter);
  return csvDownload(csvFile([headings, ...offers.map(row)]), `wohnraum-${region.slug}-angebote.csv`);
}

export const { POST, OPTIONS } = readOnlyRoute;
