"use client";

import { toNestErrors } from "@hookform/resolvers";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef } from "react";
import { useForm, type DefaultValues, type FieldError, type FieldErrors, type Resolver } from "react-hook-form";
import { leftToRight } from "@/components/left-to-right";
import { CheckboxField, ChoiceGroup, FormMessagesProvider, optionId, TextAreaField, TextField, type FieldErrorText } from "@/components/offer-form/field";
import styles from "@/components/offer-form/offer-form.module.css";
import { formStartedField, honeypotField } from "@/lib/abuse/form-fields";
import {
  contactFieldErrors,
  contactRequestSchema,
  initialContactRequestState,
  maxMessageLength,
  stayDurations,
  type ContactFieldErrors,
  type ContactFieldName,
  type ContactRequestFormValues,
  type ContactRequestInput,
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
const anchorId = (name: ContactFieldName) => {
  const first = groupOptions[name]?.[0];
  return first === undefined ? fieldId(name) : optionId(fieldId(name), first);
};

type ErrorWithParams = FieldError & { params?: Record<string, number> };

function toHookFormErrors(errors: ContactFieldErrors): FieldErrors<ContactRequestFormValues> | undefined {
  const entries = Object.entries(errors);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([name, error]) => [name, { type: error.key, message: error.key, params: error.params }]),
  ) as FieldErrors<ContactRequestFormValues>;
}

/** Validates with the one schema and maps its issues exactly as the server action does. */
const contactResolver: Resolver<ContactRequestFormValues, unknown, ContactRequestInput> = async (values, _context, options) => {
  const result = await contactRequestSchema.safeParseAsync(values);
  if (result.success) return { values: result.data, errors: {} };
  return { values: {}, errors: toNestErrors(toHookFormErrors(contactFieldErrors(result.error.issues)) ?? {}, options) };
};

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
  const serverErrors = useMemo(() => toHookFormErrors(state.errors), [state.errors]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ContactRequestFormValues, unknown, ContactRequestInput>({
    resolver: contactResolver,
    mode: "onTouched",
    defaultValues: defaults as DefaultValues<ContactRequestFormValues>,
    errors: serverErrors,
  });

  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError) formErrorRef.current?.focus();
  }, [state]);
  const onSubmit = handleSubmit(() => {
    const form = formRef.current;
    if (form) startTransition(() => formAction(new FormData(form)));
  });

  const pending = isPending || isSubmitting;
  const errorOf = (name: ContactFieldName): FieldErrorText | undefined => {
    const error = errors[name] as ErrorWithParams | undefined;
    return error?.message ? { key: error.message, params: error.params } : undefined;
  };
  const summary = fieldOrder.filter((name) => state.errors[name] && errorOf(name));
  const autoFocusField = summary[0];
  const text = (name: ContactFieldName) => {
    const value = (defaults as Record<string, unknown>)[name];
    return typeof value === "string" ? value : "";
  };
  const chosen = (name: ContactFieldName) => (value: string) => {
    const current = (defaults as Record<string, unknown>)[name];
    return Array.isArray(current) ? current.includes(value) : current === value;
  };
  const common = (name: ContactFieldName) => ({
    id: fieldId(name),
    error: errorOf(name),
    autoFocus: name === autoFocusField || undefined,
    ...register(name),
  });

  return (
    <FormMessagesProvider value="ContactRequest">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form}>
        {summary.length > 0 && (
          <div role="alert" className={styles.summary} aria-labelledby="contact-error-summary">
            <h2 id="contact-error-summary" className={styles.summaryTitle}>
              {t("summary", { count: summary.length })}
            </h2>
            <ul>
              {summary.map((name) => (
                <li key={name}>
                  <a href={`#${anchorId(name)}`}>{t(`fields.${name}.short`)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.formError && (
          <div ref={formErrorRef} role="alert" tabIndex={-1} className={`notice notice-error ${styles.formError}`}>
            <p>
              {t(`errors.${state.formError}`)}
              {state.formError === "rateLimited" && (
                <>
                  {" "}
                  <a href={`mailto:${regionContactEmail}`}>{regionContactEmail}</a>
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

        <input type="hidden" name={formStartedField} value={state.formStartedAt ?? formStartedAt} />
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="contact-website">{t("honeypotLabel")}</label>
          <input id="contact-website" name={honeypotField} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <div className={styles.section}>
          <CheckboxField
            {...common("privacyConsent")}
            label={t.rich("fields.privacyConsent.label", {
              link: (chunks) => (
                <a href={privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
                  {chunks}
                  <span className="visually-hidden"> {t("newWindow")}</span>
                </a>
              ),
            })}
            required
            defaultChecked={state.values.privacyConsent === "on"}
          />
          <div className={styles.actions}>
            <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
              {pending ? t("pending") : t("submit")}
            </button>
            <p role="status" className="visually-hidden">
              {pending ? t("pending") : ""}
            </p>
          </div>
        </div>
      </form>
    </FormMessagesProvider>
  );
}
