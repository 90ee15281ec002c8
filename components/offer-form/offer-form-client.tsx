"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { BotTraps, CheckboxField, ChoiceGroup, ErrorSummary, ErrorText, PrivacyConsentField, SubmitActions, TextAreaField, TextField } from "@/components/form/field";
import styles from "@/components/form/form.module.css";
import { useActionForm } from "@/components/form/use-action-form";
import { leftToRight } from "@/components/left-to-right";
import {
  initialSubmitOfferState,
  type OfferFieldName,
  type SubmittedValues,
  type SubmitOfferState,
} from "@/lib/offers/offer-form-state";
import {
  accommodationTypes,
  displayDurations,
  hostTypes,
  landlordLanguages,
  offerErrorKeys,
  offerFieldNames,
  rentFields,
  rentTypes,
  residentKinds,
  type OfferFormValues,
  type unchangeableValues,
} from "@/lib/offers/offer-schema";
import { changeResolver, featureFields, formDefaults, offerResolver, visibilityFields } from "./form-state";
import { OfferProgress } from "./offer-progress";
import { useOfferDraft } from "./use-offer-draft";

/** The fields in the order the form shows them (the schema's): for the error summary and the field that gets focus first. */
const fieldOrder = offerFieldNames;

/** The fields shown as a group of radio buttons or checkboxes, one per option. */
const groupOptions: Partial<Record<OfferFieldName, readonly (string | number)[]>> = {
  type: accommodationTypes,
  residents: residentKinds,
  hostType: hostTypes,
  rentType: rentTypes,
  languages: landlordLanguages,
  durationDays: displayDurations,
};

const fieldId = (name: OfferFieldName) => `offer-${name}`;

/** A rent field's label: the rent now, or with "free at first" the rent later; the stylesheet shows the one chosen. */
function RentLabel({ now, later }: { now: string; later: string }) {
  return (
    <>
      <span className={styles.rentNow}>{now}</span>
      <span className={styles.rentLater}>{later}</span>
    </>
  );
}

/** The form's sections in their order; the last (display time, consent, sending) only for a new offer. */
const sectionNames = ["offer", "size", "household", "period", "costs", "features", "contact", "visibility", "duration"] as const;
type SectionName = (typeof sectionNames)[number];
const sectionId = (name: SectionName) => `offer-section-${name}`;

/** A stored offer the form changes: its values to start from, and what a change leaves as it is. */
export type OfferChange = { values: SubmittedValues; unchangeable: ReturnType<typeof unchangeableValues> };

export type OfferFormProps = {
  /** submitOfferAction (or, for a change, changeOfferAction) with the region and the language bound. */
  action: (state: SubmitOfferState, formData: FormData) => Promise<SubmitOfferState>;
  /** Today in Germany (YYYY-MM-DD), the earliest "available from" date the date pickers offer. */
  today: string;
} & (
  /** `region` (its slug) keys the draft this browser keeps of a new offer (./use-offer-draft.ts). */
  | { privacyPolicyUrl: string; region: string; change?: undefined }
  /** Without the e-mail address (shown as it is), the display time, the consent, the bot traps and a draft. */
  | { change: OfferChange; privacyPolicyUrl?: undefined; region?: undefined }
);

/**
 * The landlord's offer form. Without JavaScript it is a plain form posting to the server action, which answers
 * with the typed values and its errors. With JavaScript react-hook-form checks the same schema first and then
 * hands the very same form data to the action, and keeps a new offer as a draft in the browser. `formStartedAt` is
 * the server's signed stamp of when the form was shown (see ./offer-form.tsx).
 */
export function OfferFormClient({ action, privacyPolicyUrl, region, change, today, formStartedAt }: OfferFormProps & { formStartedAt: string }) {
  const t = useTranslations("OfferForm");
  const tEnums = useTranslations("Enums");
  const format = useFormatter();
  const [state, formAction, isPending] = useActionState(
    action,
    change ? { values: change.values, errors: {} } : initialSubmitOfferState,
  );
  const resolver = useMemo(() => (change ? changeResolver(change.unchangeable) : offerResolver), [change]);

  const defaults = useMemo(() => formDefaults(state.values), [state.values]);
  const { formRef, formErrorRef, summaryRef, refill, getValues, watch, onSubmit, pending, errorOf, summary, anchorId, text, checked, chosen, common } = useActionForm({
    state,
    formAction,
    isPending,
    resolver,
    errorKeys: offerErrorKeys,
    defaults,
    fieldOrder,
    fieldId,
    groupOptions,
  });

  const fillIn = (values: SubmittedValues) => refill(formDefaults(values));
  const draft = useOfferDraft({ region, formRef, restore: fillIn });
  const startAgain = () => {
    draft.discard();
    fillIn({});
    document.getElementById(anchorId(fieldOrder[0]))?.focus();
  };

  // Which sections still miss something: the form's own check of what is in it now, on every change.
  const sections: readonly SectionName[] = change ? sectionNames.filter((name) => name !== "duration") : sectionNames;
  const [incomplete, setIncomplete] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const findIncomplete = async (values: OfferFormValues) => {
      const { errors } = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
      const controlsOf = (name: SectionName) =>
        document.getElementById(sectionId(name))?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[name], textarea[name]") ?? [];
      const isIncomplete = (name: SectionName) => [...controlsOf(name)].some((control) => control.name in errors);
      const ids = sectionNames.filter(isIncomplete).map(sectionId);
      // Most keystrokes change no section's state: the form is then not rendered again.
      setIncomplete((shown) => (shown && shown.size === ids.length && ids.every((id) => shown.has(id)) ? shown : new Set(ids)));
    };
    const subscription = watch((values) => void findIncomplete(values as OfferFormValues));
    void findIncomplete(getValues());
    return () => subscription.unsubscribe();
  }, [watch, getValues, resolver]);

  const summaryLabel = (name: OfferFieldName) => {
    if (name === "privacyConsent") return null;
    const label = t(`fields.${name}.label`);
    // Questions ("Which languages…?") need no colon.
    return /[?:]$/.test(label) ? label : `${label}:`;
  };
  const step = (name: SectionName) => (
    <span className={styles.step}>{t("progress.step", { number: sections.indexOf(name) + 1, count: sections.length })}</span>
  );
  const legend = (name: SectionName) => (
    <legend className={styles.sectionLegend}>
      {step(name)}
      <h2>{t(`sections.${name}`)}</h2>
    </legend>
  );
  const section = (name: SectionName) => ({ id: sectionId(name), className: styles.section });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} onChange={draft.save} noValidate className={styles.form}>
      <ErrorSummary
        id="offer-error-summary"
        ref={summaryRef}
        title={t("summary.title", { count: summary.length })}
        fields={summary}
        anchorId={anchorId}
        label={(name) => {
          const error = errorOf(name);
          return (
            <>
              {summaryLabel(name)} {error && <ErrorText error={error} prefix={false} />}
            </>
          );
        }}
      />
      {state.formError && (
        <div ref={formErrorRef} role="alert" tabIndex={-1} className={`notice notice-error ${styles.formError}`}>
          <p>{t(`errors.${state.formError}`)}</p>
        </div>
      )}

      {draft.restoredAt !== null && (
        <div role="status" className={`notice ${styles.draft}`}>
          <p>{t("draft.restored", { savedAt: format.dateTime(draft.restoredAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
          <p>{t("draft.onlyHere")}</p>
          <button type="button" className="button button-secondary" onClick={startAgain}>
            {t("draft.startAgain")}
          </button>
        </div>
      )}

      <OfferProgress sections={sections.map((name) => ({ id: sectionId(name), title: t(`sections.${name}`) }))} incomplete={incomplete} />

      <p className={styles.requiredNote}>{t("intro.requiredNote")}</p>

      <fieldset {...section("offer")}>
        {legend("offer")}
        <ChoiceGroup
          {...common("type")}
          type="radio"
          label={t("fields.type.label")}
          required
          options={accommodationTypes.map((type) => ({ value: type, label: tEnums(`type.${type}`) }))}
          isDefault={chosen("type")}
        />
        <TextField
          {...common("title")}
          label={t("fields.title.label")}
          hint={t("fields.title.hint")}
          required
          defaultValue={text("title")}
        />
        <TextAreaField
          {...common("description")}
          label={t("fields.description.label")}
          hint={t("fields.description.hint")}
          defaultValue={text("description")}
          rows={6}
        />
        <TextField
          {...common("place")}
          label={t("fields.place.label")}
          hint={t("fields.place.hint")}
          required
          defaultValue={text("place")}
        />
        <TextField
          {...common("postalCode")}
          label={t("fields.postalCode.label")}
          hint={t("fields.postalCode.hint")}
          required
          short
          inputMode="numeric"
          defaultValue={text("postalCode")}
        />
      </fieldset>

      <fieldset {...section("size")}>
        {legend("size")}
        <div className={styles.row}>
          <TextField
            {...common("rooms")}
            label={t("fields.rooms.label")}
            hint={t("fields.rooms.hint")}
            required
            short
            inputMode="decimal"
            defaultValue={text("rooms")}
          />
          <TextField
            {...common("areaSqm")}
            label={t("fields.areaSqm.label")}
            hint={t("fields.areaSqm.hint")}
            short
            inputMode="numeric"
            suffix={t("squareMetres")}
            defaultValue={text("areaSqm")}
          />
          <TextField
            {...common("beds")}
            label={t("fields.beds.label")}
            hint={t("fields.beds.hint")}
            required
            short
            inputMode="numeric"
            defaultValue={text("beds")}
          />
        </div>
      </fieldset>

      <fieldset {...section("household")} aria-describedby="offer-household-hint">
        {legend("household")}
        <p id="offer-household-hint" className={styles.hint}>
          {t("sections.householdHint")}
        </p>
        <ChoiceGroup
          {...common("residents")}
          type="radio"
          label={t("fields.residents.label")}
          required
          options={residentKinds.map((kind) => ({ value: kind, label: t(`fields.residents.option.${kind}`) }))}
          isDefault={chosen("residents")}
        />
        <div className={styles.withResidents}>
          <TextField
            {...common("residentCount")}
            label={t("fields.residentCount.label")}
            hint={t("fields.residentCount.hint")}
            short
            inputMode="numeric"
            defaultValue={text("residentCount")}
          />
          <ChoiceGroup
            {...common("hostType")}
            type="radio"
            label={t("fields.hostType.label")}
            hint={t("fields.hostType.hint")}
            options={hostTypes.map((hostType) => ({ value: hostType, label: tEnums(`hostType.${hostType}`) }))}
            isDefault={chosen("hostType")}
          />
        </div>
      </fieldset>

      <fieldset {...section("period")}>
        {legend("period")}
        <div className={styles.row}>
          <TextField
            {...common("availableFrom")}
            type="date"
            label={t("fields.availableFrom.label")}
            hint={t("fields.availableFrom.hint")}
            required
            min={today}
            defaultValue={text("availableFrom")}
          />
          <TextField
            {...common("availableUntil")}
            type="date"
            label={t("fields.availableUntil.label")}
            hint={t("fields.availableUntil.hint")}
            min={today}
            defaultValue={text("availableUntil")}
          />
        </div>
      </fieldset>

      <fieldset {...section("costs")}>
        {legend("costs")}
        <ChoiceGroup
          {...common("rentType")}
          type="radio"
          label={t("fields.rentType.label")}
          hint={t("fields.rentType.hint")}
          required
          options={rentTypes.map((rentType) => ({ value: rentType, label: t(`fields.rentType.option.${rentType}`) }))}
          isDefault={chosen("rentType")}
        />
        <div className={`${styles.row} ${styles.rentFields}`}>
          {rentFields.map((name) => (
            <TextField
              key={name}
              {...common(name)}
              label={
                name === "deposit" ? (
                  t("fields.deposit.label")
                ) : (
                  <RentLabel now={t(`fields.${name}.label`)} later={t(`fields.${name}.laterLabel`)} />
                )
              }
              hint={t(`fields.${name}.hint`)}
              required={name === "coldRent"}
              short
              inputMode="numeric"
              suffix={t("euro")}
              defaultValue={text(name)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset {...section("features")} aria-describedby="offer-features-hint">
        {legend("features")}
        <p id="offer-features-hint" className={styles.hint}>
          {t("sections.featuresHint")}
        </p>
        <div className={`${styles.options} ${styles.columns}`}>
          {featureFields.map((name) => (
            <CheckboxField
              key={name}
              {...common(name)}
              label={t(`fields.${name}.label`)}
              defaultChecked={checked(name)}
            />
          ))}
        </div>
        <CheckboxField
          {...common("lgbtiqFriendly")}
          label={t("fields.lgbtiqFriendly.label")}
          hint={t("fields.lgbtiqFriendly.hint")}
          defaultChecked={checked("lgbtiqFriendly")}
        />
      </fieldset>

      <fieldset {...section("contact")} aria-describedby="offer-contact-hint">
        {legend("contact")}
        <p id="offer-contact-hint" className={styles.hint}>
          {t("sections.contactHint")}
        </p>
        <TextField
          {...common("contactName")}
          label={t("fields.contactName.label")}
          required
          autoComplete="name"
          defaultValue={text("contactName")}
        />
        <TextField
          {...common("contactPhone")}
          type="tel"
          label={t("fields.contactPhone.label")}
          hint={t.rich("fields.contactPhone.hint", { ltr: leftToRight })}
          autoComplete="tel"
          defaultValue={text("contactPhone")}
        />
        {change ? (
          <div className={styles.field}>
            <p className={styles.label}>{t.rich("change.email", { email: change.unchangeable.contactEmail, ltr: leftToRight })}</p>
            <p className={styles.hint}>{t("change.emailHint")}</p>
          </div>
        ) : (
          <TextField
            {...common("contactEmail")}
            type="email"
            label={t("fields.contactEmail.label")}
            hint={t("fields.contactEmail.hint")}
            required
            autoComplete="email"
            spellCheck={false}
            defaultValue={text("contactEmail")}
          />
        )}
        <ChoiceGroup
          {...common("languages")}
          type="checkbox"
          label={t("fields.languages.label")}
          hint={t("fields.languages.hint")}
          options={landlordLanguages.map((language) => ({ value: language, label: tEnums(`language.${language}`) }))}
          isDefault={chosen("languages")}
          inline
        />
      </fieldset>

      <fieldset {...section("visibility")} aria-describedby="offer-visibility-hint">
        {legend("visibility")}
        <p id="offer-visibility-hint" className={styles.hint}>
          {t("sections.visibilityHint")}
        </p>
        <div className={styles.options}>
          <CheckboxField
            {...common("contactRequests")}
            label={t("fields.contactRequests.label")}
            hint={t("fields.contactRequests.hint")}
            defaultChecked={checked("contactRequests")}
          />
          {visibilityFields.map((name) => (
            <CheckboxField
              key={name}
              {...common(name)}
              label={t(`fields.${name}.label`)}
              defaultChecked={checked(name)}
            />
          ))}
        </div>
      </fieldset>

      {change ? (
        <div className={styles.section}>
          <SubmitActions pending={pending} label={t("change.submit")} pendingLabel={t("change.pending")} />
        </div>
      ) : (
        <div {...section("duration")}>
          <div className={styles.section}>
            <ChoiceGroup
              {...common("durationDays")}
              type="radio"
              label={
                <>
                  {step("duration")}
                  <h2 className={styles.sectionTitle}>{t("fields.durationDays.label")}</h2>
                </>
              }
              hint={t("fields.durationDays.hint")}
              options={displayDurations.map((days) => ({
                value: String(days),
                label: t("fields.durationDays.option", { days }),
              }))}
              isDefault={chosen("durationDays")}
              inline
            />
          </div>

          <BotTraps honeypotId="offer-website" honeypotLabel={t("honeypotLabel")} formStartedAt={state.formStartedAt ?? formStartedAt} />

          <div className={styles.section}>
            <PrivacyConsentField
              {...common("privacyConsent")}
              privacyPolicyUrl={privacyPolicyUrl}
              defaultChecked={checked("privacyConsent")}
            />
            <SubmitActions pending={pending} label={t("submit")} pendingLabel={t("pending")} />
          </div>
        </div>
      )}
    </form>
  );
}
