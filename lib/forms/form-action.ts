import "server-only";
import { unstable_rethrow } from "next/navigation";
import { hasLocale } from "next-intl";
import type { z } from "zod";
import { checkForBot } from "@/lib/abuse/bot-check";
import { env } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";

/** What every form's action answers when the form is shown again: the typed values, the field errors, one problem. */
type AnswerOfForm = { values: object; errors: object; formError?: string; formStartedAt?: string };

/** The form as sent, checked: the input for the work, or the form's answer with its field errors. */
export type CheckedForm<Input, Answer extends AnswerOfForm> = { input: Input; values: Answer["values"] } | { answer: Answer };

/** What the work came to: a problem that belongs to no single field, or the page to go on to (below the site). */
export type FormOutcome<Answer extends AnswerOfForm> = { formError: NonNullable<Answer["formError"]> } | { next: string };

type FormAction<Input, Answer extends AnswerOfForm> = {
  /** Names the action in the log. */
  name: string;
  /** Bound by the page; it travels through the browser, so it is checked like a field. */
  locale: Locale;
  formData: FormData;
  /** A public form checks for bots (lib/abuse/bot-check.ts) and keeps the form's start stamp; staff and landlords' mail links do not. */
  checksForBots: boolean;
  check: (formData: FormData) => CheckedForm<Input, Answer> | Promise<CheckedForm<Input, Answer>>;
  work: (input: Input, language: Locale) => Promise<FormOutcome<Answer>>;
};

/** A form's fields as its schema reads them, what of them to show again, and the schema's issues as field errors. */
type SchemaForm<Raw, Input, Answer extends AnswerOfForm> = {
  read: (formData: FormData) => Raw;
  submitted: (raw: Raw) => Answer["values"];
  schema: { safeParse: (raw: Raw) => z.ZodSafeParseResult<Input> };
  fieldErrors: (issues: z.core.$ZodIssue[]) => Answer["errors"];
};

/** The usual check of a form: its fields read and parsed by its schema. */
export function checkedBySchema<Raw, Input, Answer extends AnswerOfForm>(form: SchemaForm<Raw, Input, Answer>) {
  return (formData: FormData): CheckedForm<Input, Answer> => {
    const raw = form.read(formData);
    const values = form.submitted(raw);
    const result = form.schema.safeParse(raw);
    if (result.success) return { input: result.data, values };
    return { answer: { values, errors: form.fieldErrors(result.error.issues) } as Answer };
  };
}

/**
 * The one way every form's server action runs, with or without JavaScript: the fields are checked first (a person
 * who sends the form at once sees what is required), a bot is told no more than a person who was too quick ("try
 * again", nothing stored or counted), then the form's work (limits, the domain, the listing). A failure is logged by
 * its kind only, since its message may quote what the person typed, and the form says "unexpected". Done, the mails
 * leave after the response and the browser goes on to the next page.
 */
export async function runFormAction<Input, Answer extends AnswerOfForm>(action: FormAction<Input, Answer>): Promise<Answer> {
  const language: Locale = hasLocale(routing.locales, action.locale) ? action.locale : routing.defaultLocale;
  const bot = action.checksForBots ? checkForBot(action.formData, env.MIN_FILL_SECONDS) : null;
  const stamp = bot ? { formStartedAt: bot.formStartedAt } : {};
  const checked = await action.check(action.formData);
  if ("answer" in checked) return { ...checked.answer, ...stamp };
  const withError = (formError: string) => ({ values: checked.values, errors: {}, formError, ...stamp }) as Answer;
  if (bot && bot.verdict !== "human") return withError("tryAgain");

  let outcome: FormOutcome<Answer>;
  try {
    outcome = await action.work(checked.input, language);
  } catch (error) {
    // A redirect or "not found" of Next.js's own is no failure: it goes on as thrown.
    unstable_rethrow(error);
    console.error(`${action.name}: the form's work failed`, { error: describeError(error) });
    return withError("unexpected");
  }
  if ("formError" in outcome) return withError(outcome.formError);
  deliverAfterResponse();
  // Outside the try block: redirect() works by throwing. (`return` only tells TypeScript that it never returns.)
  return redirect({ href: outcome.next, locale: language });
}

/** Describes a failure for the log without its message, which may quote what was typed. */
function describeError(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    code: typeof code === "string" ? code : undefined,
    // The first line of a stack repeats the message; the rest are code locations.
    stack: error.stack?.split("\n").slice(1).join("\n"),
  };
}
