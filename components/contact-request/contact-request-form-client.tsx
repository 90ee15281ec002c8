"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import {
  BotTraps,
  PrivacyConsentField,
  ChoiceGroup,
  ErrorSummary,
  FormMessagesProvider,
  SubmitActions,
  TextAreaField,
  TextField,
} from "@/components/form/field";
import styles from "@/components/form/form.module.css";
import { schemaResolver, useActionForm } from "@/components/form/use-action-form";
import { leftToRight } from "@/components/left-to-right";
import {
  contactErrorKeys,
  contactFields,
  contactRequestSchema,
  initialContactRequestState,
  maxMessageLength,
  stayDurations,
  type ContactFieldName,
  type ContactRequestState,
} from "@/lib/contact-requests/contact-request-schema";
import { landlordLanguages, petKinds } from "@/lib/offers/offer-schema";

/** The fields in the order the form shows them: for the error summary and the field that gets focus first. */
const fieldOrder = [
  "name",
  "adults",
  "children",
  "pets",
  "neededFrom",
  "stay",
  "languages",
  "contactPhone",
  "contactEmail",
  "message",
  "privacyConsent",
] as const satisfies readonly ContactFieldName[];

const everyFieldPlaced: Exclude<ContactFieldName, (typeof fieldOrder)[number]> extends never ? true : false = true;
void everyFieldPlaced;

const groupOptions: Partial<Record<ContactFieldName, readonly string[]>> = {
  pets: petKinds,
  stay: stayDurations,
  languages: landlordLanguages,
};
const fieldId = (name: ContactFieldName) => `contact-${name}`;

/** Validates with the one schema and maps its issues exactly as the server action does. */
const contactResolver = schemaResolver(contactRequestSchema, contactFields);

export type ContactRequestFormProps = {
  /** requestContactAction with the region, the offer and the language bound. */
  action: (state: ContactRequestState, formData: FormData) => Promise<ContactRequestState>;
  privacyPolicyUrl: string;
  regionContactEmail: string;
  /** Today in Germany (YYYY-MM-DD), the earliest date the date picker offers. */
  today: string;
  /** The page's language: preselected among the languages the seeker speaks. */
  locale: string;
  formStartedAt: string;
};

/**
 * The seeker's contact request: a plain form posting to the server action without JavaScript; with JavaScript
 * react-hook-form checks the same schema first and hands the same form data to the action.
 */
export function ContactRequestFormClient({ action, privacyPolicyUrl, regionContactEmail, today, locale, formStartedAt }: ContactRequestFormProps) {
  const t = useTranslations("ContactRequest");
  const tEnums = useTranslations("Enums");
  const [state, formAction, isPending] = useActionState(action, initialContactRequestState);
  const fresh = Object.keys(state.values).length === 0;
  const defaults = useMemo(
    () => ({
      ...Object.fromEntries(fieldOrder.map((name) => [name, ""])),
      adults: fresh ? "1" : "",
      pets: [],
      languages: fresh && (landlordLanguages as readonly string[]).includes(locale) ? [locale] : [],
      ...state.values,
      privacyConsent: state.values.privacyConsent === "on",
    }),
    [state.values, fresh, locale],
  );
  const { formRef, formErrorRef, summaryRef, onSubmit, pending, summary, anchorId, text, chosen, common } = useActionForm({
    state,
    formAction,
    isPending,
    resolver: contactResolver,
    errorKeys: contactErrorKeys,
    defaults,
    fieldOrder,
    fieldId,
    groupOptions,
  });

  return (
    <FormMessagesProvider value="ContactRequest">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form}>
        <ErrorSummary
          id="contact-error-summary"
          ref={summaryRef}
          title={t("summary", { count: summary.length })}
          fields={summary}
          anchorId={anchorId}
          label={(name) => t(`fields.${name}.short`)}
        />
        {state.formError && (
          <div ref={formErrorRef} role="alert" tabIndex={-1} className={`notice notice-error ${styles.formError}`}>
            <p>
              {t(`errors.${state.formError}`)}
              {state.formError === "rateLimited" && (
                <>
                  {" "}
                  <a href={`mailto:${regionContactEmail}`} dir="ltr">{regionContactEmail}</a>
                </>
              )}
            </p>
          </div>
        )}

        <p className={styles.requiredNote}>{t("requiredNote")}</p>

        <fieldset className={styles.section}>
          <legend className={styles.sectionLegend}>
            <h2>{t("sections.household")}</h2>
          </legend>
          <TextField {...common("name")} label={t("fields.name.label")} hint={t("fields.name.hint")} required autoComplete="name" defaultValue={text("name")} />
          <div className={styles.row}>
            <TextField {...common("adults")} label={t("fields.adults.label")} required short inputMode="numeric" defaultValue={text("adults")} />
            <TextField {...common("children")} label={t("fields.children.label")} short inputMode="numeric" defaultValue={text("children")} />
          </div>
          <ChoiceGroup
            {...common("pets")}
            type="checkbox"
            label={t("fields.pets.label")}
            hint={t("fields.pets.hint")}
            options={petKinds.map((pet) => ({ value: pet, label: t(`pets.${pet}`) }))}
            isDefault={chosen("pets")}
            inline
          />
          <div className={styles.row}>
            <TextField {...common("neededFrom")} type="date" label={t("fields.neededFrom.label")} required min={today} defaultValue={text("neededFrom")} />
          </div>
          <ChoiceGroup
            {...common("stay")}
            type="radio"
            label={t("fields.stay.label")}
            required
            options={stayDurations.map((stay) => ({ value: stay, label: t(`stay.${stay}`) }))}
            isDefault={chosen("stay")}
          />
          <ChoiceGroup
            {...common("languages")}
            type="checkbox"
            label={t("fields.languages.label")}
            required
            options={landlordLanguages.map((language) => ({ value: language, label: tEnums(`language.${language}`) }))}
            isDefault={chosen("languages")}
            inline
          />
        </fieldset>

        <fieldset className={styles.section} aria-describedby="contact-reach-hint">
          <legend className={styles.sectionLegend}>
            <h2>{t("sections.reach")}</h2>
          </legend>
          <p id="contact-reach-hint" className={styles.hint}>
            {t("sections.reachHint")}
          </p>
          <TextField
            {...common("contactPhone")}
            type="tel"
            label={t("fields.contactPhone.label")}
            hint={t.rich("fields.contactPhone.hint", { ltr: leftToRight })}
            autoComplete="tel"
            defaultValue={text("contactPhone")}
          />
          <TextField
            {...common("contactEmail")}
            type="email"
            label={t("fields.contactEmail.label")}
            hint={t("fields.contactEmail.hint")}
            autoComplete="email"
            spellCheck={false}
            defaultValue={text("contactEmail")}
          />
          <TextAreaField
            {...common("message")}
            label={t("fields.message.label")}
            hint={t("fields.message.hint", { max: maxMessageLength })}
            maxLength={maxMessageLength}
            rows={4}
            defaultValue={text("message")}
          />
        </fieldset>

        <BotTraps honeypotId="contact-website" honeypotLabel={t("honeypotLabel")} formStartedAt={state.formStartedAt ?? formStartedAt} />

        <div className={styles.section}>
          <PrivacyConsentField
            {...common("privacyConsent")}
            privacyPolicyUrl={privacyPolicyUrl}
            defaultChecked={state.values.privacyConsent === "on"}
          />
          <SubmitActions pending={pending} label={t("submit")} pendingLabel={t("pending")} />
        </div>
      </form>
    </FormMessagesProvider>
  );
}
