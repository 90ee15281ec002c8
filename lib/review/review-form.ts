import { z } from "zod";
import { RejectionReason } from "@/lib/db/generated/enums";
import type { CheckedForm } from "@/lib/forms/form-action";
import { checkedByMaxLength } from "./checked-by";

/** The forms of the review queue: reject (a reason from the list, the staff's note), and marking a landlord as checked. */

export const rejectionReasons = Object.values(RejectionReason);
export const rejectionNoteMaxLength = 1000;

export const rejectionSchema = z.object({
  reason: z.enum(RejectionReason, "reason"),
  note: z.string().trim().max(rejectionNoteMaxLength, "noteTooLong"),
});

export type ReviewFormError = "reason" | "noteTooLong" | "checkedBy" | "unexpected";

/** What the queue's forms answer when shown again: the typed values and what was wrong (nothing was changed). */
export type ReviewFormState = {
  values: { reason?: string; note?: string; checkedBy?: string };
  errors: { reason?: ReviewFormError; note?: ReviewFormError; checkedBy?: ReviewFormError };
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

/** The mark form's one field: who sets the mark, as they give it. */
export function checkLandlordMark(formData: FormData): CheckedForm<{ checkedBy: string }, ReviewFormState> {
  const raw = formData.get("checkedBy");
  const checkedBy = typeof raw === "string" ? raw.trim() : "";
  if (checkedBy.length === 0 || checkedBy.length > checkedByMaxLength) {
    return { answer: { values: { checkedBy: typeof raw === "string" ? raw : "" }, errors: { checkedBy: "checkedBy" } } };
  }
  return { input: { checkedBy }, values: { checkedBy } };
}
