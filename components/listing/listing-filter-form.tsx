import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { searchPhrases } from "@/components/search-alert/search-description";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { hasFilters, samePlace, type ListingPlace, type ListingQuery } from "@/lib/offers/listing-filters";
import { accommodationTypes, landlordLanguages, petKinds } from "@/lib/offers/offer-schema";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import styles from "./listing.module.css";

/** A town with many postal codes names the first three: the option stays readable on a phone. */
const shortList = (postalCodes: string[]) => postalCodes.slice(0, 3).join(", ") + (postalCodes.length > 3 ? ", …" : "");

type Props = {
  site: string;
  locale: Locale;
  query: ListingQuery | null;
  /** The places of the region's current offers; the place filter is offered where there are several. */
  places: ListingPlace[];
};

/**
 * Filters and sort order as a plain GET form: it works without JavaScript and sends the visitor to the search
 * page, which filters the cached listing. Folded into one line that names the active filters, so on a phone the
 * offers come first; it opens in place (`<details>`, also without JavaScript).
 */
export async function ListingFilterForm({ site, locale, query, places }: Props) {
  const [t, tEnums, active] = await Promise.all([getTranslations("Filters"), getTranslations("Enums"), query ? searchPhrases(query) : []]);
  const filtered = query !== null && hasFilters(query);
  const action = getPathname({ href: sitePath(site, pagePath("search")), locale });
  // A place chosen in a saved link stays selectable after its last offer has gone.
  const chosenPlace = query?.place;
  const placeOptions =
    chosenPlace === undefined || places.some(({ place }) => samePlace(place, chosenPlace))
      ? places
      : [...places, { place: chosenPlace, postalCodes: [], offerCount: 0 }];
  const selectedPlace = chosenPlace === undefined ? undefined : placeOptions.find(({ place }) => samePlace(place, chosenPlace));

  return (
    <details className={styles.filters}>
      <summary>
        {t("toggle")}
        {active.length > 0 && (
          <span className={styles.activeFilters}>
            {": "}
            {active.map((phrase, index) => (
              <Fragment key={index}>
                {index > 0 && " · "}
                {phrase}
              </Fragment>
            ))}
          </span>
        )}
      </summary>
      <form method="get" action={action} role="search" aria-label={t("toggle")}>
        <fieldset>
          <legend>{t("size")}</legend>
          <div className={styles.field}>
            <label htmlFor="filter-beds">{t("beds")}</label>
            <input id="filter-beds" name="beds" type="number" inputMode="numeric" min={1} max={30} defaultValue={query?.beds} />
          </div>
          <div className={styles.field}>
            <label htmlFor="filter-rooms">{t("rooms")}</label>
            <input
              id="filter-rooms"
              name="rooms"
              type="number"
              inputMode="decimal"
              min={0.5}
              max={20}
              step={0.5}
              defaultValue={query?.rooms}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("rent")}</legend>
          <div className={styles.field}>
            <label htmlFor="filter-max-rent">{t("maxRent")}</label>
            <input
              id="filter-max-rent"
              name="maxRent"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              defaultValue={query?.maxRent}
            />
          </div>
          <div className={styles.check}>
            <input id="filter-free" name="free" type="checkbox" value="1" defaultChecked={query?.free} />
            <label htmlFor="filter-free">{t("free")}</label>
          </div>
        </fieldset>
        {placeOptions.length > 1 && (
          <div className={styles.field}>
            <label htmlFor="filter-place">{t("place")}</label>
            <select id="filter-place" name="place" defaultValue={selectedPlace?.place ?? ""}>
              <option value="">{t("anyPlace")}</option>
              {placeOptions.map(({ place, postalCodes, offerCount }) => (
                <option key={place} value={place}>
                  {offerCount === 0 ? place : t("placeOption", { place, postalCodes: shortList(postalCodes), count: offerCount })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={styles.field}>
          <label htmlFor="filter-from">{t("from")}</label>
          <input id="filter-from" name="from" type="date" aria-describedby="filter-from-hint" defaultValue={query?.from} />
          <p id="filter-from-hint" className={styles.hint}>
            {t("fromHint")}
          </p>
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-type">{t("type")}</label>
          <select id="filter-type" name="type" defaultValue={query?.type ?? ""}>
            <option value="">{t("anyType")}</option>
            {accommodationTypes.map((type) => (
              <option key={type} value={type}>
                {tEnums(`type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t("features")}</legend>
          <div className={styles.field}>
            <label htmlFor="filter-pets">{t("pets")}</label>
            <select id="filter-pets" name="pets" defaultValue={query?.pets ?? ""}>
              <option value="">{t("anyPets")}</option>
              {petKinds.map((pet) => (
                <option key={pet} value={pet}>
                  {tEnums(`pets.${pet}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.check}>
            <input id="filter-barrier-free" name="barrierFree" type="checkbox" value="1" defaultChecked={query?.barrierFree} />
            <label htmlFor="filter-barrier-free">{t("barrierFree")}</label>
          </div>
          <div className={styles.check}>
            <input id="filter-lgbtiq" name="lgbtiq" type="checkbox" value="1" defaultChecked={query?.lgbtiq} />
            <label htmlFor="filter-lgbtiq">{t("lgbtiq")}</label>
          </div>
          <div className={styles.check}>
            <input id="filter-checked" name="checked" type="checkbox" value="1" defaultChecked={query?.checked} />
            <label htmlFor="filter-checked">{t("checked")}</label>
          </div>
        </fieldset>
        <div className={styles.field}>
          <label htmlFor="filter-language">{t("language")}</label>
          <select id="filter-language" name="language" defaultValue={query?.language ?? ""}>
            <option value="">{t("anyLanguage")}</option>
            {landlordLanguages.map((language) => (
              <option key={language} value={language}>
                {tEnums(`language.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-sort">{t("sort")}</label>
          <select id="filter-sort" name="sort" defaultValue={query?.sort ?? "newest"}>
            <option value="newest">{t("sortNewest")}</option>
            <option value="rent">{t("sortRent")}</option>
          </select>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {t("submit")}
          </button>
          {filtered && <Link href={sitePath(site, pagePath("listing"))}>{t("reset")}</Link>}
        </div>
      </form>
    </details>
  );
}
