import { toNestErrors } from "@hookform/resolvers";
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldError, type FieldErrors, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import {
  fieldErrors,
  isErrorKey,
  type ErrorParams,
  type FormFieldError,
  type FormFieldErrors,
  type FormFields,
  type FormState,
} from "@/lib/forms/form-state";
import { optionId } from "./field";

/**
 * What the offer, contact request and search alert forms share: a plain form posting to its server action, which
 * answers with the typed values and its errors; with JavaScript react-hook-form checks the same schema first and
 * then hands the very same form data to the action.
 */

/** react-hook-form keeps an error's key as its message; params ride along on the same object. */
type FieldErrorWithParams = FieldError & { params?: ErrorParams };

function toHookFormErrors<Values extends FieldValues>(errors: FormFieldErrors<string, string>): FieldErrors<Values> | undefined {
  const entries = Object.entries(errors);
  if (entries.length === 0) return undefined;
  const hookFormErrors: Record<string, FieldErrorWithParams> = {};
  for (const [name, error] of entries) {
    if (!error) continue;
    hookFormErrors[name] = { type: error.key, message: error.key, ...(error.params && { params: error.params }) };
  }
  return hookFormErrors as FieldErrors<Values>;
}

function readFieldError<Key extends string>(errors: FieldErrors, name: string, errorKeys: readonly Key[]): FormFieldError<Key> | undefined {
  const error = errors[name] as FieldErrorWithParams | undefined;
  const key = error?.message;
  if (!key || !isErrorKey(errorKeys, key)) return undefined;
  return error.params ? { key, params: error.params } : { key };
}

/**
 * Validates with the form's schema, like zodResolver, but maps zod's issues exactly as the server action does
 * (lib/forms/form-state.ts): zodResolver drops the params of "range" and friends and, for union fields, passes on
 * zod's English default text instead of the schema's error key.
 */
export function schemaResolver<Values extends FieldValues, Output, Name extends string, Key extends string>(
  schema: z.ZodType<Output, Values>,
  fields: FormFields<Name, Key>,
): Resolver<Values, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: toNestErrors(toHookFormErrors<Values>(fieldErrors(fields, result.error.issues)) ?? {}, options) };
  };
}

type ActionFormOptions<Values extends FieldValues, Output, Name extends Path<Values>, Key extends string> = {
  /** What useActionState gives for the form's server action. */
  state: FormState<Name, Key, string>;
  formAction: (formData: FormData) => void;
  isPending: boolean;
  resolver: Resolver<Values, unknown, Output>;
  errorKeys: readonly Key[];
  /** The form's starting values: empty, or what the server sent back after a failed submission. */
  defaults: Partial<Record<Name, string | string[] | boolean>>;
  /** The fields in the order the form shows them: for the error summary and the field that gets focus first. */
  fieldOrder: readonly Name[];
  fieldId: (name: Name) => string;
  /** The fields shown as a group of radio buttons or checkboxes, one per option. */
  groupOptions: Partial<Record<Name, readonly (string | number)[]>>;
};

export function useActionForm<Values extends FieldValues, Output, Name extends Path<Values>, Key extends string>({
  state,
  formAction,
  isPending,
  resolver,
  errorKeys,
  defaults,
  fieldOrder,
  fieldId,
  groupOptions,
}: ActionFormOptions<Values, Output, Name, Key>) {
  // Errors the server found; react-hook-form shows them like its own.
  const serverErrors = useMemo(() => toHookFormErrors<Values>(state.errors), [state.errors]);
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Output>({
    resolver,
    mode: "onTouched",
    defaultValues: defaults as DefaultValues<Values>,
    errors: serverErrors,
    // The error summary takes the focus, as it does without JavaScript (GOV.UK's pattern); its links lead on.
    shouldFocusError: false,
  });

  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Set when the form was sent and found wrong: the summary takes the focus as soon as it lists the errors.
  const summaryWantsFocus = useRef(false);
  useEffect(() => {
    if (state.formError) formErrorRef.current?.focus();
    else if (Object.keys(state.errors).length > 0) summaryWantsFocus.current = true;
  }, [state]);
  useEffect(() => {
    if (!summaryWantsFocus.current || !summaryRef.current) return;
    summaryWantsFocus.current = false;
    summaryRef.current.focus();
  });

  // The fields the browser's own check found wrong when the form was last sent, until the server answers again.
  const [failedCheck, setFailedCheck] = useState<{ state: typeof state; names: Name[] } | null>(null);

  // The callbacks run when the form is sent, not while rendering: using the refs there is fine.
  const onSubmit = handleSubmit(
    // eslint-disable-next-line react-hooks/refs
    () => {
      const form = formRef.current;
      if (form) startTransition(() => formAction(new FormData(form)));
    },
    // eslint-disable-next-line react-hooks/refs
    (invalid) => {
      summaryWantsFocus.current = true;
      setFailedCheck({ state, names: fieldOrder.filter((name) => name in invalid) });
    },
  );

  const errorOf = (name: Name) => readFieldError(errors, name, errorKeys);
  // The fields found wrong when the form was last sent (by the browser or, the only check without JavaScript, the
  // server) that are not corrected yet, listed at the top.
  const lastFailed = failedCheck?.state === state ? failedCheck.names : fieldOrder.filter((name) => state.errors[name]);
  const summary = lastFailed.filter((name) => errorOf(name));
  // Without JavaScript, autofocus puts the cursor into the first field to correct (it acts only when the page
  // loads; with JavaScript the summary takes the focus).
  const autoFocusField = fieldOrder.find((name) => state.errors[name] && errorOf(name));

  return {
    formRef,
    formErrorRef,
    summaryRef,
    /** Fills the form anew (e.g. with a draft, or empty), as if it had started so. */
    refill: (values: Partial<Record<Name, string | string[] | boolean>>) => reset(values as DefaultValues<Values>, { keepFieldsRef: true }),
    /** react-hook-form's: to read and follow what is in the form. */
    getValues,
    watch,
    onSubmit,
    pending: isPending || isSubmitting,
    errorOf,
    summary,
    /** Where a link to a field leads: the control itself, or a group's first option. */
    anchorId: (name: Name) => {
      const firstOption = groupOptions[name]?.[0];
      return firstOption === undefined ? fieldId(name) : optionId(fieldId(name), String(firstOption));
    },
    text: (name: Name) => {
      const value = defaults[name];
      return typeof value === "string" ? value : "";
    },
    checked: (name: Name) => defaults[name] === true,
    chosen: (name: Name) => (value: string) => {
      const current = defaults[name];
      return Array.isArray(current) ? current.includes(value) : current === value;
    },
    common: (name: Name) => ({
      id: fieldId(name),
      error: errorOf(name),
      autoFocus: name === autoFocusField || undefined,
      ...register(name),
    }),
  };
}
