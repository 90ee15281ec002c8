"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { BotTraps, ChoiceGroup, ErrorSummary, FormMessagesProvider, PrivacyConsentField, SubmitActions, TextField } from "@/components/form/field";
import styles from "@/components/form/form.module.css";
import { schemaResolver, useActionForm } from "@/components/form/use-action-form";
import {
  alertErrorKeys,
  alertFields,
  alertFrequencies,
  alertSchema,
  initialAlertState,
  type AlertFieldName,
  type AlertState,
} from "@/lib/alerts/alert-schema";

const fieldOrder = ["contactEmail", "frequency", "privacyConsent"] as const satisfies readonly AlertFieldName[];
const groupOptions: Partial<Record<AlertFieldName, readonly string[]>> = { frequency: alertFrequencies };
const fieldId = (name: AlertFieldName) => `alert-${name}`;

/** Validates with the one schema and maps its issues exactly as the server action does. */
const alertResolver = schemaResolver(alertSchema, alertFields);

export type SearchAlertFormProps = {
  /** subscribeToAlertsAction with the region, the search and the language bound. */
  action: (state: AlertState, formData: FormData) => Promise<AlertState>;
  privacyPolicyUrl: string;
  formStartedAt: string;
};

/**
 * "Tell me about new offers like these": a plain form posting to the server action without JavaScript; with
 * JavaScript react-hook-form checks the same schema first and hands the same form data to the action.
 */
export function SearchAlertFormClient({ action, privacyPolicyUrl, formStartedAt }: SearchAlertFormProps) {
  const t = useTranslations("SearchAlert");
  const [state, formAction, isPending] = useActionState(action, initialAlertState);
  const defaults = useMemo(
    () => ({ contactEmail: "", frequency: "IMMEDIATE", ...state.values, privacyConsent: state.values.privacyConsent === "on" }),
    [state.values],
  );
  const { formRef, formErrorRef, summaryRef, onSubmit, pending, summary, anchorId, text, chosen, common } = useActionForm({
    state,
    formAction,
    isPending,
    resolver: alertResolver,
    errorKeys: alertErrorKeys,
    defaults,
    fieldOrder,
    fieldId,
    groupOptions,
  });

  return (
    <FormMessagesProvider value="SearchAlert">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form}>
        <ErrorSummary
          id="alert-error-summary"
          ref={summaryRef}
          title={t("summary", { count: summary.length })}
          fields={summary}
          anchorId={anchorId}
          label={(name) => t(`fields.${name}.short`)}
        />
        {state.formError && (
          <div ref={formErrorRef} role="alert" tabIndex={-1} className={`notice notice-error ${styles.formError}`}>
            <p>{t(`errors.${state.formError}`)}</p>
          </div>
        )}
        <p className={styles.requiredNote}>{t("requiredNote")}</p>
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
        <ChoiceGroup
          {...common("frequency")}
          type="radio"
          label={t("fields.frequency.label")}
          required
          options={alertFrequencies.map((frequency) => ({ value: frequency, label: t(`frequency.${frequency}`) }))}
          isDefault={chosen("frequency")}
        />
        <BotTraps honeypotId="alert-website" honeypotLabel={t("honeypotLabel")} formStartedAt={state.formStartedAt ?? formStartedAt} />
        <PrivacyConsentField
          {...common("privacyConsent")}
          privacyPolicyUrl={privacyPolicyUrl}
          defaultChecked={state.values.privacyConsent === "on"}
        />
        <SubmitActions pending={pending} label={t("submit")} pendingLabel={t("pending")} />
      </form>
    </FormMessagesProvider>
  );
}
