"use client";

import { useActionState } from "react";
import type { ReviewFormError, ReviewFormState } from "@/lib/review/review-form";
import styles from "./review.module.css";

/*
 * The two decisions on an offer in review, as plain POST forms bound to their server actions: they work without
 * JavaScript (the page comes back with the answer), and with it without reloading. The page hands over finished
 * German texts; staff pages are German only.
 */

type ReviewAction = (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
const nothingSent: ReviewFormState = { values: {}, errors: {} };

export function ApproveForm({ action, label, ariaLabel, unexpected }: { action: ReviewAction; label: string; ariaLabel: string; unexpected: string }) {
  const [state, formAction, pending] = useActionState(action, nothingSent);
  return (
    <form action={formAction}>
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {unexpected}
        </p>
      )}
      <button type="submit" className="button" aria-label={ariaLabel} disabled={pending}>
        {label}
      </button>
    </form>
  );
}

export type RejectFormTexts = {
  heading: string;
  reason: string;
  choose: string;
  reasons: { value: string; label: string }[];
  note: string;
  noteHint: string;
  button: string;
  buttonLabel: string;
  errors: Record<ReviewFormError, string>;
};

export function RejectForm({
  action,
  offerId,
  noteMaxLength,
  texts,
}: {
  action: ReviewAction;
  offerId: string;
  noteMaxLength: number;
  texts: RejectFormTexts;
}) {
  const [state, formAction, pending] = useActionState(action, nothingSent);
  const id = (name: string) => `reject-${name}-${offerId}`;
  const { errors } = state;
  return (
    <form action={formAction} className={styles.reject} aria-labelledby={id("heading")}>
      <h4 id={id("heading")}>{texts.heading}</h4>
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {texts.errors[state.formError]}
        </p>
      )}
      <p className={styles.field}>
        <label htmlFor={id("reason")}>{texts.reason}</label>
        <select
          id={id("reason")}
          name="reason"
          required
          defaultValue={state.values.reason ?? ""}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? id("reason-error") : undefined}
        >
          <option value="" disabled>
            {texts.choose}
          </option>
          {texts.reasons.map((reason) => (
            <option key={reason.value} value={reason.value}>
              {reason.label}
            </option>
          ))}
        </select>
        {errors.reason && (
          <span id={id("reason-error")} className={styles.error}>
            {texts.errors[errors.reason]}
          </span>
        )}
      </p>
      <p className={styles.field}>
        <label htmlFor={id("note")}>{texts.note}</label>
        <textarea
          id={id("note")}
          name="note"
          rows={3}
          maxLength={noteMaxLength}
          defaultValue={state.values.note ?? ""}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={[id("note-hint"), errors.note ? id("note-error") : ""].join(" ").trim()}
        />
        <span id={id("note-hint")} className={styles.hint}>
          {texts.noteHint}
        </span>
        {errors.note && (
          <span id={id("note-error")} className={styles.error}>
            {texts.errors[errors.note]}
          </span>
        )}
      </p>
      <button type="submit" className="button button-danger" aria-label={texts.buttonLabel} disabled={pending}>
        {texts.button}
      </button>
    </form>
  );
}
