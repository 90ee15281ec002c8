"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { checkedByMaxLength } from "@/lib/review/checked-by";
import { rejectionNoteMaxLength, rejectionReasons, type ReviewFormState } from "@/lib/review/review-form";
import styles from "./review-forms.module.css";

/*
 * The decisions on an offer in review (review queue) and the landlord's checked mark (review queue and offers list),
 * as plain POST forms bound to their server actions: they work without JavaScript (the page comes back with the
 * answer), and with it without reloading. They translate with the `Staff.review` messages the page hands to the
 * browser once (ClientMessages), so fifty offers on the queue do not carry fifty copies of the same texts; each form
 * gets only its offer's title. Staff pages are German only.
 */

type ReviewAction = (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;
const nothingSent: ReviewFormState = { values: {}, errors: {} };

/** The revision of the offer the page showed, sent with a decision so that none is made on unread details. */
function RevisionField({ revision }: { revision: number }) {
  return <input type="hidden" name="revision" value={revision} />;
}

/** The buttons that are a whole form: approve an offer or its changed text (with the revision read), withdraw a mark. */
const buttons = {
  approve: { label: "approve", ariaLabel: "approveLabel" },
  approveText: { label: "approveText", ariaLabel: "approveTextLabel" },
  withdraw: { label: "landlord.withdraw", ariaLabel: "landlord.withdrawLabel" },
} as const;

export function ButtonForm({
  action,
  button,
  title,
  revision,
}: {
  action: ReviewAction;
  button: keyof typeof buttons;
  /** The offer's title, which the button's accessible name carries. */
  title: string;
  revision?: number;
}) {
  const t = useTranslations("Staff.review");
  const [state, formAction, pending] = useActionState(action, nothingSent);
  const { label, ariaLabel } = buttons[button];
  return (
    <form action={formAction}>
      {revision !== undefined && <RevisionField revision={revision} />}
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {t("errors.unexpected")}
        </p>
      )}
      <button
        type="submit"
        className={button === "withdraw" ? "button button-secondary" : "button"}
        aria-label={t(ariaLabel, { title })}
        disabled={pending}
      >
        {t(label)}
      </button>
    </form>
  );
}

/** Marks the landlord as checked, with who does it. */
export function CheckLandlordForm({ action, offerId, title }: { action: ReviewAction; offerId: string; title: string }) {
  const t = useTranslations("Staff.review");
  const [state, formAction, pending] = useActionState(action, nothingSent);
  const id = (name: string) => `check-${name}-${offerId}`;
  const invalid = state.errors.checkedBy !== undefined;
  return (
    <form action={formAction} className={styles.reject}>
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {t("errors.unexpected")}
        </p>
      )}
      <p className={styles.field}>
        <label htmlFor={id("by")}>{t("landlord.checkedByLabel")}</label>
        <input
          id={id("by")}
          name="checkedBy"
          required
          maxLength={checkedByMaxLength}
          autoComplete="name"
          defaultValue={state.values.checkedBy ?? ""}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={[id("hint"), invalid ? id("error") : ""].join(" ").trim()}
        />
        <span id={id("hint")} className={styles.hint}>
          {t("landlord.checkedByHint")}
        </span>
        {invalid && (
          <span id={id("error")} className={styles.error}>
            {t("errors.checkedBy", { max: checkedByMaxLength })}
          </span>
        )}
      </p>
      <button type="submit" className="button button-secondary" aria-label={t("landlord.markLabel", { title })} disabled={pending}>
        {t("landlord.mark")}
      </button>
    </form>
  );
}

/** Rejects an offer in review, or a listed offer's changed text (`text`), with a reason from the list and a note. */
export function RejectForm({
  action,
  offerId,
  revision,
  title,
  text,
}: {
  action: ReviewAction;
  offerId: string;
  revision: number;
  title: string;
  text: boolean;
}) {
  const t = useTranslations("Staff.review");
  const [state, formAction, pending] = useActionState(action, nothingSent);
  const id = (name: string) => `reject-${name}-${offerId}`;
  const { errors } = state;
  const errorText = (error: NonNullable<ReviewFormState["formError"]>) =>
    error === "noteTooLong"
      ? t("errors.noteTooLong", { max: rejectionNoteMaxLength })
      : error === "checkedBy"
        ? t("errors.checkedBy", { max: checkedByMaxLength })
        : t(`errors.${error}`);
  return (
    <form action={formAction} className={styles.reject} aria-labelledby={id("heading")}>
      <h4 id={id("heading")}>{t("reject.heading")}</h4>
      <RevisionField revision={revision} />
      {state.formError && (
        <p role="alert" className="notice notice-error">
          {errorText(state.formError)}
        </p>
      )}
      <p className={styles.field}>
        <label htmlFor={id("reason")}>{t("reject.reason")}</label>
        <select
          id={id("reason")}
          name="reason"
          required
          defaultValue={state.values.reason ?? ""}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? id("reason-error") : undefined}
        >
          <option value="" disabled>
            {t("reject.choose")}
          </option>
          {rejectionReasons.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reject.reasons.${reason}`)}
            </option>
          ))}
        </select>
        {errors.reason && (
          <span id={id("reason-error")} className={styles.error}>
            {errorText(errors.reason)}
          </span>
        )}
      </p>
      <p className={styles.field}>
        <label htmlFor={id("note")}>{t("reject.note", { max: rejectionNoteMaxLength })}</label>
        <textarea
          id={id("note")}
          name="note"
          rows={3}
          maxLength={rejectionNoteMaxLength}
          defaultValue={state.values.note ?? ""}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={[id("note-hint"), errors.note ? id("note-error") : ""].join(" ").trim()}
        />
        <span id={id("note-hint")} className={styles.hint}>
          {t("reject.noteHint")}
        </span>
        {errors.note && (
          <span id={id("note-error")} className={styles.error}>
            {errorText(errors.note)}
          </span>
        )}
      </p>
      <button
        type="submit"
        className="button button-danger"
        aria-label={t(text ? "reject.buttonTextLabel" : "reject.buttonLabel", { title })}
        disabled={pending}
      >
        {t(text ? "reject.buttonText" : "reject.button")}
      </button>
    </form>
  );
}
