import { z } from "zod";
import type { ReportReason } from "@/lib/db/generated/enums";

/**
 * The one schema of the "report this offer" form, checked by its server action. Error messages are keys of
 * the `Report.errors` messages. `website` is the honeypot: people never see it, simple bots fill it in.
 */

export const reportReasons = ["SUSPICIOUS", "TAKEN", "WRONG_INFORMATION", "OTHER"] as const satisfies readonly ReportReason[];
export const maxMessageLength = 1000;

export type ReportErrorKey = "choice" | "messageTooLong" | "invalidText" | "contact";

// Control characters other than line breaks, and bidirectional overrides, could disguise the text in the mail.
const multiLineText = /^(?:[\n\r\t]|[^\p{Cc}\u202A-\u202E\u2066-\u2069])*$/u;
const phone = /^\+?[0-9][0-9 ()/-]{4,28}$/;

export const reportSchema = z.object({
  reason: z.enum(reportReasons, { error: "choice" }),
  message: z
    .string()
    .trim()
    .max(maxMessageLength, { error: "messageTooLong" })
    .regex(multiLineText, { error: "invalidText" })
    .optional()
    .transform((value) => value ?? ""),
  contact: z
    .string()
    .trim()
    .max(254, { error: "contact" })
    .refine((value) => value === "" || phone.test(value) || z.email().safeParse(value).success, { error: "contact" })
    .optional()
    .transform((value) => value || undefined),
  website: z
    .string()
    .optional()
    .transform((value) => value ?? ""),
});

export type ReportInput = z.output<typeof reportSchema>;

export const reportFieldNames = ["reason", "message", "contact"] as const;
export type ReportFieldName = (typeof reportFieldNames)[number];

/** A problem that belongs to no single field; a key of the `Report.errors` messages. */
export type ReportFormError = "rateLimited" | "offerUnavailable" | "unexpected";

/** What the report form's action answers: the typed values to fill in again and what to correct. */
export type ReportFormState = {
  values: Partial<Record<ReportFieldName, string>>;
  errors: Partial<Record<ReportFieldName, ReportErrorKey>>;
  formError?: ReportFormError;
};

export const initialReportFormState: ReportFormState = { values: {}, errors: {} };

const errorKeys = { choice: true, messageTooLong: true, invalidText: true, contact: true } satisfies Record<ReportErrorKey, true>;

function isReportErrorKey(message: string): message is ReportErrorKey {
  return Object.hasOwn(errorKeys, message);
}

/** The submitted form as the schema's input (one value per field; anything else is ignored). */
export function formDataToReport(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of [...reportFieldNames, "website"]) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/** The first problem of each field. A message that is no key is zod's own (a crafted request): "choose one". */
export function reportFieldErrors(issues: readonly z.core.$ZodIssue[]): ReportFormState["errors"] {
  const errors: ReportFormState["errors"] = {};
  for (const issue of issues) {
    const name = issue.path[0];
    if (!(reportFieldNames as readonly unknown[]).includes(name)) continue;
    const field = name as ReportFieldName;
    errors[field] ??= isReportErrorKey(issue.message) ? issue.message : "choice";
  }
  return errors;
}

/** The typed text to show again (never the honeypot). */
export function submittedReport(values: Record<string, string>): ReportFormState["values"] {
  const { reason, message, contact } = values;
  return { reason, message, contact };
}
