import { z } from "zod";
import { RejectionReason } from "@/lib/db/generated/enums";
import type { CheckedForm } from "@/lib/forms/form-action";

/** The reject form on the review queue: a reason from the list, and the staff's note to the landlord. */

export const rejectionReasons = Object.values(RejectionReason);
export const rejectionNoteMaxLength = 1000;

export const rejectionSchema = z.object({
  reason: z.enum(RejectionReason, "reason"),
  note: z.string().trim().max(rejectionNoteMaxLength, "noteTooLong"),
});

export type ReviewFormError = "reason" | "noteTooLong" | "unexpected";

/** What the queue's forms answer when shown again: the typed values and what was wrong (nothing was changed). */
export type ReviewFormState = {
  values: { reason?: string; note?: string };
  errors: { reason?: ReviewFormError; note?: ReviewFormError };
  formError?: ReviewFormError;
};

export const emptyReviewForm: ReviewFormState = { values: {}, errors: {} };

/** The reject form's fields, checked: the rejection, or the form again with its errors. */
export function checkRejection(formData: FormData): CheckedForm<z.infer<typeof rejectionSchema>, ReviewFormState> {
  const raw = { reason: formData.get("reason"), note: formData.get("note") ?? "" };
  const values = {
    reason: typeof raw.reason === "string" ? raw.reason : undefined,
    note: typeof raw.note === "string" ? raw.note : undefined,
  };
  const result = rejectionSchema.safeParse(raw);
  if (result.success) return { input: result.data, values };
  const errors: ReviewFormState["errors"] = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === "reason") errors.reason = "reason";
    if (field === "note") errors.note = "noteTooLong";
  }
  return { answer: { values, errors } };
}
