import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { leftToRight } from "@/components/left-to-right";
import type { Locale } from "@/lib/i18n/routing";
import { formatEuros } from "@/lib/offers/fact-line";
import type { ListingFilters } from "@/lib/offers/listing-filters";

/** A search's filters in words, one phrase each ("at least 2 beds", "free accommodation only"). */
export async function searchPhrases(filters: ListingFilters): Promise<ReactNode[]> {
  const [t, tEnums, format, locale] = await Promise.all([
    getTranslations("SearchAlert"),
    getTranslations("Enums"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const lines = [
    filters.type && tEnums(`type.${filters.type}`),
    filters.place && <bdi>{filters.place}</bdi>,
    filters.beds !== undefined && t("filter.beds", { count: filters.beds }),
    filters.rooms !== undefined && t("filter.rooms", { rooms: format.number(filters.rooms) }),
    filters.maxRent !== undefined &&
      t.rich("filter.maxRent", { amount: formatEuros(filters.maxRent, locale), ltr: leftToRight }),
    filters.free && t("filter.free"),
    filters.from && t("filter.from", { date: format.dateTime(new Date(`${filters.from}T12:00:00Z`), { dateStyle: "medium" }) }),
    filters.pets && t("filter.pets", { pets: tEnums(`pets.${filters.pets}`) }),
    filters.barrierFree && t("filter.barrierFree"),
    filters.lgbtiq && t("filter.lgbtiq"),
    filters.checked && t("filter.checked"),
    filters.language && t("filter.language", { language: tEnums(`language.${filters.language}`) }),
  ];
  return lines.filter(Boolean);
}

/** A search in words, one line per filter, or "all offers in …". */
export async function SearchDescription({ filters, regionName }: { filters: ListingFilters; regionName: string }) {
  const [t, lines] = await Promise.all([getTranslations("SearchAlert"), searchPhrases(filters)]);
  if (lines.length === 0) return <p>{t("allOffers", { region: regionName })}</p>;
  return (
    <ul>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
