"use client";

import { useActionState } from "react";
import type { ReviewFormError, ReviewFormState } from "@/lib/review/review-form";
import styles from "./review-forms.module.css";

/*
 * The decisions on an offer in review (review queue) and the landlord's checked mark (review queue and offers list), as plain POST forms bound to their server actions: they work without
 * JavaScript (the page comes back with the answer), and with it without reloading. The page hands over finished
 * German texts; staff pages are German only.
 */

type ReviewAction = (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
const nothingSent: ReviewFormState = { values: {}, errors: {} };

/** The revision of the offer the page showed, sent with a decision so that none is made on unread details. */
function RevisionField({ revision }: { revision: number }) {
  return <input type="hidden" name="revision" value={revision} />;
}

/** A form that is only its button (approve with the revision read, withdraw a mark). */
export function ButtonForm({
  action,
  revision,
  label,
  ariaLabel,
  unexpected,
  secondary = false,
}: {
  action: ReviewAction;
  revision?: number;
  label: string;
  ariaLabel: string;
  unexpected: string;
  secondary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, nothingSent);
  return (
    <form action={formAction}>
      {revision !== undefined && <RevisionField revision={revision} />}
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {unexpected}
        </p>
      )}
      <button type="submit" className={secondary ? "button button-secondary" : "button"} aria-label={ariaLabel} disabled={pending}>
        {label}
      </button>
    </form>
  );
}

export type CheckLandlordTexts = { label: string; hint: string; button: string; buttonLabel: string; error: string; unexpected: string };

/** Marks the landlord as checked, with who does it. */
export function CheckLandlordForm({ action, offerId, maxLength, texts }: { action: ReviewAction; offerId: string; maxLength: number; texts: CheckLandlordTexts }) {
  const [state, formAction, pending] = useActionState(action, nothingSent);
  const id = (name: string) => `check-${name}-${offerId}`;
  const invalid = state.errors.checkedBy !== undefined;
  return (
    <form action={formAction} className={styles.reject}>
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {texts.unexpected}
        </p>
      )}
      <p className={styles.field}>
        <label htmlFor={id("by")}>{texts.label}</label>
        <input
          id={id("by")}
          name="checkedBy"
          required
          maxLength={maxLength}
          autoComplete="name"
          defaultValue={state.values.checkedBy ?? ""}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={[id("hint"), invalid ? id("error") : ""].join(" ").trim()}
        />
        <span id={id("hint")} className={styles.hint}>
          {texts.hint}
        </span>
        {invalid && (
          <span id={id("error")} className={styles.error}>
            {texts.error}
          </span>
        )}
      </p>
      <button type="submit" className="button button-secondary" aria-label={texts.buttonLabel} disabled={pending}>
        {texts.button}
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
  revision,
  noteMaxLength,
  texts,
}: {
  action: ReviewAction;
  offerId: string;
  revision: number;
  noteMaxLength: number;
  texts: RejectFormTexts;
}) {
  const [state, formAction, pending] = useActionState(action, nothingSent);
  const id = (name: string) => `reject-${name}-${offerId}`;
  const { errors } = state;
  return (
    <form action={formAction} className={styles.reject} aria-labelledby={id("heading")}>
      <h4 id={id("heading")}>{texts.heading}</h4>
      <RevisionField revision={revision} />
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
