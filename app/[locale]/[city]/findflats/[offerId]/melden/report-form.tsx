"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import styles from "@/components/form/form.module.css";
import {
  initialReportFormState,
  maxMessageLength,
  reportFieldNames,
  reportReasons,
  type ReportFieldName,
  type ReportFormState,
} from "@/lib/reports/report-schema";

type ReportFormProps = {
  /** reportOfferAction with the region, the offer and the language bound. */
  action: (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
  /** Where to write directly when the rate limit is reached. */
  contactEmail: string;
};

const fieldId = (name: ReportFieldName) => `report-${name}`;
const errorId = (name: ReportFieldName) => `${fieldId(name)}-error`;
const hintId = (name: ReportFieldName) => `${fieldId(name)}-hint`;
/** A radio group is reached through its first option. */
const focusTarget = (name: ReportFieldName) => (name === "reason" ? `${fieldId(name)}-${reportReasons[0]}` : fieldId(name));

/**
 * The "report this offer" form: a plain form posting to the server action, so it works without JavaScript; the
 * action answers with the typed values and its localized errors, or leads on to the "thank you" page.
 */
export function ReportForm({ action, contactEmail }: ReportFormProps) {
  const t = useTranslations("Report");
  const [state, formAction, isPending] = useActionState(action, initialReportFormState);
  const alertRef = useRef<HTMLDivElement>(null);
  const firstInvalid = reportFieldNames.find((name) => state.errors[name]);

  // With JavaScript the page is not reloaded, so the focus is moved to what needs attention.
  useEffect(() => {
    if (state.formError) alertRef.current?.focus();
    else if (firstInvalid) document.getElementById(focusTarget(firstInvalid))?.focus();
  }, [state, firstInvalid]);

  const error = (name: ReportFieldName) => {
    const key = state.errors[name];
    if (!key) return null;
    return (
      <p id={errorId(name)} className={styles.error}>
        <span className="visually-hidden">{t("errorPrefix")} </span>
        {t(`errors.${key}`, { max: maxMessageLength })}
      </p>
    );
  };
  const describedBy = (name: ReportFieldName, hint: boolean) =>
    [hint && hintId(name), state.errors[name] && errorId(name)].filter(Boolean).join(" ") || undefined;
  const fieldClass = (name: ReportFieldName, base: string) => (state.errors[name] ? `${base} ${styles.invalid}` : base);
  // Without JavaScript, autofocus puts the cursor into the first field to correct when the answer page loads.
  const autoFocus = (name: ReportFieldName) => (firstInvalid === name && !state.formError) || undefined;

  return (
    <form action={formAction} noValidate className={styles.form}>
      {state.formError && (
        <div ref={alertRef} role="alert" tabIndex={-1} className={`notice notice-error ${styles.formError}`}>
          <p>
            {t(`errors.${state.formError}`)}
            {state.formError === "rateLimited" && (
              <>
                {" "}
                <a href={`mailto:${contactEmail}`} dir="ltr">{contactEmail}</a>
              </>
            )}
          </p>
        </div>
      )}

      <fieldset id={fieldId("reason")} className={fieldClass("reason", styles.group)} aria-describedby={describedBy("reason", false)}>
        <legend className={styles.label}>
          {t("reasonLabel")}
          <span className={styles.required}> ({t("required")})</span>
        </legend>
        {error("reason")}
        <div className={styles.options}>
          {reportReasons.map((reason, index) => (
            <div key={reason} className={styles.option}>
              {/* aria-invalid on each option, as the form kit's groups have it: screen readers say it there. */}
              {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
              <input
                id={`${fieldId("reason")}-${reason}`}
                type="radio"
                name="reason"
                value={reason}
                required
                defaultChecked={state.values.reason === reason}
                aria-invalid={state.errors.reason ? true : undefined}
                autoFocus={index === 0 ? autoFocus("reason") : undefined}
              />
              <label htmlFor={`${fieldId("reason")}-${reason}`}>{t(`reasons.${reason}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className={fieldClass("message", styles.field)}>
        <label htmlFor={fieldId("message")} className={styles.label}>
          {t("messageLabel")}
        </label>
        <p id={hintId("message")} className={styles.hint}>
          {t("messageHint", { max: maxMessageLength })}
        </p>
        {error("message")}
        <textarea
          id={fieldId("message")}
          name="message"
          defaultValue={state.values.message ?? ""}
          aria-invalid={state.errors.message ? true : undefined}
          aria-describedby={describedBy("message", true)}
          autoFocus={autoFocus("message")}
          className={`${styles.input} ${styles.textarea}`}
        />
      </div>

      <div className={fieldClass("contact", styles.field)}>
        <label htmlFor={fieldId("contact")} className={styles.label}>
          {t("contactLabel")}
        </label>
        <p id={hintId("contact")} className={styles.hint}>
          {t("contactHint")}
        </p>
        {error("contact")}
        <input
          id={fieldId("contact")}
          name="contact"
          type="text"
          autoComplete="email"
          defaultValue={state.values.contact ?? ""}
          aria-invalid={state.errors.contact ? true : undefined}
          aria-describedby={describedBy("contact", true)}
          autoFocus={autoFocus("contact")}
          className={styles.input}
        />
      </div>

      {/* The honeypot: hidden from people and screen readers, out of the tab order; simple bots fill it in. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="report-website">{t("honeypotLabel")}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className={styles.actions}>
        <button type="submit" className={`button ${styles.submit}`} disabled={isPending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
