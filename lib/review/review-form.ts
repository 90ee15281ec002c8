import { z } from "zod";
import { RejectionReason } from "@/lib/db/generated/enums";
import type { CheckedForm } from "@/lib/forms/form-action";
import { checkedByMaxLength } from "./checked-by";

/**
 * The forms of the review queue: approve, reject (a reason from the list, the staff's note), and marking a landlord as
 * checked. Approve and reject send the offer's revision the page showed (a hidden field): lib/review/review.ts refuses
 * a decision on details the staff member has not read.
 */

export const rejectionReasons = Object.values(RejectionReason);
export const rejectionNoteMaxLength = 1000;

/** A count as the hidden field sends it (digits only: an empty or missing field is no revision). */
const revisionSchema = z.string().regex(/^\d{1,9}$/).transform(Number);

export const rejectionSchema = z.object({
  reason: z.enum(RejectionReason, "reason"),
  note: z.string().trim().max(rejectionNoteMaxLength, "noteTooLong"),
  revision: revisionSchema,
});

export type ReviewFormError = "reason" | "noteTooLong" | "checkedBy" | "unexpected";

/** What the queue's forms answer when shown again: the typed values and what was wrong (nothing was changed). */
export type ReviewFormState = {
  values: { reason?: string; note?: string; checkedBy?: string };
  errors: { reason?: ReviewFormError; note?: ReviewFormError; checkedBy?: ReviewFormError };
  formError?: ReviewFormError;
};

export const emptyReviewForm: ReviewFormState = { values: {}, errors: {} };

/** A revision that is not a count comes from no page of ours: nothing is decided, and the form says so. */
const unreadable: ReviewFormState = { values: {}, errors: {}, formError: "unexpected" };

/** The approve form's one field: the revision the staff member read. */
export function checkApproval(formData: FormData): CheckedForm<{ revision: number }, ReviewFormState> {
  const revision = revisionSchema.safeParse(formData.get("revision"));
  return revision.success ? { input: { revision: revision.data }, values: {} } : { answer: unreadable };
}

/** The reject form's fields, checked: the rejection, or the form again with its errors. */
export function checkRejection(formData: FormData): CheckedForm<z.infer<typeof rejectionSchema>, ReviewFormState> {
  const raw = { reason: formData.get("reason"), note: formData.get("note") ?? "", revision: formData.get("revision") };
  const values = {
    reason: typeof raw.reason === "string" ? raw.reason : undefined,
    note: typeof raw.note === "string" ? raw.note : undefined,
  };
  const result = rejectionSchema.safeParse(raw);
  if (result.success) return { input: result.data, values };
  const errors: ReviewFormState["errors"] = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === "revision") return { answer: { ...unreadable, values } };
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
