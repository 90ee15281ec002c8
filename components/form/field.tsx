import { useTranslations } from "next-intl";
import { createContext, useContext, type InputHTMLAttributes, type MouseEvent, type ReactNode, type Ref, type TextareaHTMLAttributes } from "react";
import { formStartedField, honeypotField } from "@/lib/abuse/form-fields";
import type { FormFieldError } from "@/lib/forms/form-state";
import styles from "./form.module.css";

/**
 * Labelled form controls of the form kit: each with its visible label, an optional hint and its error, both tied to
 * the control with aria-describedby. They know nothing about react-hook-form; the form passes the registration
 * (name, ref, onChange, onBlur) and the native default value through. The offer form, the contact request form and
 * the search alert form use them alike (the report form shares their stylesheet, form.module.css); each form's
 * messages namespace holds its `required`, `errorPrefix` and `errors` texts.
 */

type FormNamespace = "OfferForm" | "ContactRequest" | "SearchAlert";
const FormMessages = createContext<FormNamespace>("OfferForm");
/** Names the messages namespace of the form the fields below it belong to (default: the offer form). */
export const FormMessagesProvider = FormMessages.Provider;

/** A field's error: `key` names a text of the form's `errors` messages, `params` fill its placeholders. */
export type FieldErrorText = FormFieldError<string>;

function useFormTranslations() {
  // Both namespaces hold the same keys; the key of an error is known only at run time.
  return useTranslations(useContext(FormMessages)) as unknown as (key: string, params?: Record<string, number>) => string;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

function describedBy(id: string, hint: ReactNode, error: FieldErrorText | undefined) {
  return [hint ? hintId(id) : undefined, error ? errorId(id) : undefined].filter(Boolean).join(" ") || undefined;
}

/** The translated error text; the hidden prefix tells screen reader users that it is an error, not a hint. */
export function ErrorText({ error, prefix = true }: { error: FieldErrorText; prefix?: boolean }) {
  const t = useFormTranslations();
  return (
    <>
      {prefix && <span className="visually-hidden">{t("errorPrefix")} </span>}
      {t(`errors.${error.key}`, error.params)}
    </>
  );
}

function FieldError({ id, error }: { id: string; error?: FieldErrorText }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className={styles.error}>
      <ErrorText error={error} />
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={hintId(id)} className={styles.hint}>
      {hint}
    </p>
  );
}

function RequiredMark({ required }: { required?: boolean }) {
  const t = useFormTranslations();
  if (!required) return null;
  return <span className={styles.required}> ({t("required")})</span>;
}

type Described = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldErrorText;
  required?: boolean;
};

type TextFieldProps = Described &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required"> & {
    ref?: Ref<HTMLInputElement>;
    /** A unit shown after the input, e.g. "€"; the hint says it in words for screen readers. */
    suffix?: string;
    short?: boolean;
  };

export function TextField({ id, label, hint, error, required, suffix, short, className, ...input }: TextFieldProps) {
  const control = (
    <input
      id={id}
      required={required}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
      className={[styles.input, short && styles.short, className].filter(Boolean).join(" ")}
      {...input}
    />
  );
  return (
    <div className={error ? `${styles.field} ${styles.invalid}` : styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        <RequiredMark required={required} />
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {suffix ? (
        <span className={styles.withSuffix}>
          {control}
          <span aria-hidden="true">{suffix}</span>
        </span>
      ) : (
        control
      )}
    </div>
  );
}

type TextAreaFieldProps = Described &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "required"> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ id, label, hint, error, required, ...textarea }: TextAreaFieldProps) {
  return (
    <div className={error ? `${styles.field} ${styles.invalid}` : styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        <RequiredMark required={required} />
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${styles.input} ${styles.textarea}`}
        {...textarea}
      />
    </div>
  );
}

type CheckboxFieldProps = Described &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required" | "type"> & { ref?: Ref<HTMLInputElement> };

/** A single checkbox; it submits "on" when ticked, like any native checkbox. */
export function CheckboxField({ id, label, hint, error, required, ...input }: CheckboxFieldProps) {
  return (
    <div className={error ? `${styles.option} ${styles.invalid}` : styles.option}>
      <input
        id={id}
        type="checkbox"
        value="on"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <div className={styles.optionText}>
        <label htmlFor={id}>
          {label}
          <RequiredMark required={required} />
        </label>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} />
      </div>
    </div>
  );
}

/**
 * The form's privacy consent, required: its label (the form's `fields.privacyConsent.label`) links to the privacy
 * policy in a new window, which screen readers are told (`newWindow`).
 */
export function PrivacyConsentField({
  privacyPolicyUrl,
  ...checkbox
}: Omit<CheckboxFieldProps, "label" | "required"> & { privacyPolicyUrl: string }) {
  const t = useTranslations(useContext(FormMessages));
  return (
    <CheckboxField
      {...checkbox}
      label={t.rich("fields.privacyConsent.label", {
        link: (chunks) => (
          <a href={privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
            {chunks}
            <span className="visually-hidden"> {t("newWindow")}</span>
          </a>
        ),
      })}
      required
    />
  );
}

type ChoiceGroupProps = Described &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required" | "type" | "value" | "defaultChecked"> & {
    ref?: Ref<HTMLInputElement>;
    type: "radio" | "checkbox";
    options: readonly { value: string; label: ReactNode }[];
    isDefault: (value: string) => boolean;
    /** Show the options side by side where there is room (short labels only). */
    inline?: boolean;
  };

/** The id of one option of a group; the first option's id is where links to the group point. */
export const optionId = (groupId: string, value: string) => `${groupId}-${value}`;

/** Radio buttons or checkboxes sharing one name, in a fieldset whose legend is the question. */
export function ChoiceGroup({
  id,
  label,
  hint,
  error,
  required,
  type,
  options,
  isDefault,
  inline,
  autoFocus,
  ...input
}: ChoiceGroupProps) {
  return (
    <fieldset
      id={id}
      className={error ? `${styles.group} ${styles.invalid}` : styles.group}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className={styles.label}>
        {label}
        <RequiredMark required={required} />
      </legend>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div className={inline ? `${styles.options} ${styles.inline}` : styles.options}>
        {options.map((option, index) => (
          <div key={option.value} className={styles.option}>
            <input
              id={optionId(id, option.value)}
              type={type}
              value={option.value}
              defaultChecked={isDefault(option.value)}
              required={type === "radio" ? required : undefined}
              aria-invalid={error ? true : undefined}
              autoFocus={index === 0 ? autoFocus : undefined}
              {...input}
            />
            <label htmlFor={optionId(id, option.value)}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type ErrorSummaryProps<Name extends string> = {
  id: string;
  ref?: Ref<HTMLDivElement>;
  title: string;
  fields: readonly Name[];
  /** Where a link to a field leads: the control itself, or a group's first option. */
  anchorId: (name: Name) => string;
  label: (name: Name) => ReactNode;
};

/**
 * The fields to correct at the top of the form, each a link to its field (GOV.UK's error summary). Without
 * JavaScript the links are plain links to the fields; with it, a link puts the cursor into its field and shows the
 * field's question above it (the label, or a group's legend), not only the control.
 */
export function ErrorSummary<Name extends string>({ id, ref, title, fields, anchorId, label }: ErrorSummaryProps<Name>) {
  if (fields.length === 0) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={styles.summary} aria-labelledby={id}>
      <h2 id={id} className={styles.summaryTitle}>
        {title}
      </h2>
      <ul>
        {fields.map((name) => (
          <li key={name}>
            <a href={`#${anchorId(name)}`} onClick={(event) => focusField(event, anchorId(name))}>
              {label(name)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  const question = control.closest(`.${styles.group}`) ?? control.closest(`.${styles.field}, .${styles.option}`) ?? control;
  question.scrollIntoView();
  control.focus({ preventScroll: true });
}

/**
 * Bot traps (lib/abuse/bot-check.ts): the server's signed stamp of when the form was shown, and the honeypot, hidden
 * from people, screen readers and the tab order; simple bots fill it in.
 */
export function BotTraps({ honeypotId, honeypotLabel, formStartedAt }: { honeypotId: string; honeypotLabel: string; formStartedAt: string }) {
  return (
    <>
      <input type="hidden" name={formStartedField} value={formStartedAt} />
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor={honeypotId}>{honeypotLabel}</label>
        <input id={honeypotId} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}

/** The submit button; while the form is sent it is disabled and says so, also to screen readers. */
export function SubmitActions({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div className={styles.actions}>
      <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <p role="status" className="visually-hidden">
        {pending ? pendingLabel : ""}
      </p>
    </div>
  );
}
