import type { z } from "zod";

/**
 * What the offer form's and the contact request form's server actions answer, and the one mapping from zod issues
 * to field errors that the browser (react-hook-form resolver) and the server both use, so both show the same texts.
 */

/** Values for an error text's placeholders, e.g. `{ min: 0.5, max: 20 }` for "range". */
export type ErrorParams = Record<string, number>;

/** `key` names a text of the form's `errors` messages. */
export type FormFieldError<Key extends string> = { key: Key; params?: ErrorParams };

export type FormFieldErrors<Name extends string, Key extends string> = Partial<Record<Name, FormFieldError<Key>>>;

/** The form's fields as they were submitted (lists as lists), to fill the form in again. */
export type SubmittedFormValues<Name extends string> = Partial<Record<Name, string | string[]>>;

export type FormState<Name extends string, Key extends string, FormErrorKey extends string> = {
  values: SubmittedFormValues<Name>;
  errors: FormFieldErrors<Name, Key>;
  /** A problem that belongs to no single field. */
  formError?: FormErrorKey;
  /** The submission's genuine start stamp: the form shown again keeps it (see lib/abuse/bot-check.ts). */
  formStartedAt?: string;
};

/** The form's fields and the keys of its `errors` messages, which its schema uses as messages. */
export type FormFields<Name extends string, Key extends string> = {
  names: readonly Name[];
  errorKeys: readonly Key[];
};

export function isErrorKey<Key extends string>(errorKeys: readonly Key[], message: string): message is Key {
  return (errorKeys as readonly string[]).includes(message);
}

function numericParams(params: Record<string, unknown>): ErrorParams {
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

function toFieldError<Key extends string>(issue: z.core.$ZodIssue, errorKeys: readonly Key[]): FormFieldError<Key | "choice"> {
  // The schema's messages are keys. Any other message is zod's own English text for input the form never
  // produces (say "yes" for a checkbox, or a crafted request), which comes closest to "choose one of the options".
  const key = isErrorKey(errorKeys, issue.message) ? issue.message : "choice";
  switch (issue.code) {
    case "too_small":
      return { key, params: { min: Number(issue.minimum) } };
    case "too_big":
      return { key, params: { max: Number(issue.maximum) } };
    case "custom":
      return issue.params ? { key, params: numericParams(issue.params) } : { key };
    default:
      return { key };
  }
}

/** The first problem of each field, in the schema's order of checks. */
export function fieldErrors<Name extends string, Key extends string>(
  fields: FormFields<Name, Key>,
  issues: readonly z.core.$ZodIssue[],
): FormFieldErrors<Name, Key | "choice"> {
  const errors: FormFieldErrors<Name, Key | "choice"> = {};
  for (const issue of issues) {
    const name = issue.path[0];
    if (typeof name !== "string" || !(fields.names as readonly string[]).includes(name)) continue;
    const field = name as Name;
    if (errors[field]) continue;
    errors[field] = toFieldError(issue, fields.errorKeys);
  }
  return errors;
}

/**
 * What to send back to refill the form: everything as it was entered, the privacy consent included (it stays the
 * person's own tick, as it does in the browser with JavaScript), so that a correction needs no second tick that is
 * easy to miss.
 */
export function submittedFormValues<Name extends string>(names: readonly Name[], values: Record<string, unknown>): SubmittedFormValues<Name> {
  const submitted: SubmittedFormValues<Name> = {};
  for (const name of names) {
    const value = values[name];
    if (typeof value === "string") submitted[name] = value;
    else if (Array.isArray(value)) submitted[name] = value.filter((item): item is string => typeof item === "string");
  }
  return submitted;
}
