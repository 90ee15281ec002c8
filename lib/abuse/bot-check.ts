import "server-only";
import { hashToken, tokenMatches } from "@/lib/security/tokens";
import { formStartedField, honeypotField } from "./form-fields";

/**
 * Stops simple bots without a CAPTCHA (which would shut out people): a filled-in honeypot, or a form sent back
 * faster than a person can fill it in. The time the form was shown travels in the form, signed with TOKEN_SECRET,
 * so a bot can neither forge nor backdate it.
 */

const purpose = "form-started:";

/** The stamp for a form shown at `now`: "<milliseconds since 1970>.<HMAC>". */
export function signFormStart(now = new Date()): string {
  const time = String(now.getTime());
  return `${time}.${hashToken(purpose + time)}`;
}

/** When the form was shown, or null for a missing, malformed or unsigned stamp. */
export function readFormStart(stamp: unknown): Date | null {
  if (typeof stamp !== "string") return null;
  const match = /^(\d{1,15})\.([0-9a-f]{64})$/.exec(stamp);
  if (!match || !tokenMatches(purpose + match[1], match[2])) return null;
  return new Date(Number(match[1]));
}

/** Whether fewer than `minSeconds` passed between showing the form and its submission (a stamp from the future too). */
export function filledTooFast(startedAt: Date, submittedAt: Date, minSeconds: number): boolean {
  const elapsed = submittedAt.getTime() - startedAt.getTime();
  return elapsed < 0 || elapsed < minSeconds * 1000;
}

export type BotVerdict = "human" | "honeypot" | "unsigned" | "tooFast";

export type BotCheck = {
  verdict: BotVerdict;
  /** The submitted stamp when it is genuine: the form shown again keeps it, so a correction is never "too fast". */
  formStartedAt?: string;
};

/** Checks a submitted form for the two traps. Repeated fields count as tampering. */
export function checkForBot(formData: FormData, minFillSeconds: number, now = new Date()): BotCheck {
  const honeypot = formData.getAll(honeypotField);
  const stamps = formData.getAll(formStartedField);
  const stamp = stamps.length === 1 ? stamps[0] : undefined;
  const startedAt = readFormStart(stamp);
  const formStartedAt = startedAt ? (stamp as string) : undefined;
  if (honeypot.some((value) => value !== "")) return { verdict: "honeypot", formStartedAt };
  if (!startedAt) return { verdict: "unsigned" };
  if (filledTooFast(startedAt, now, minFillSeconds)) return { verdict: "tooFast", formStartedAt };
  return { verdict: "human", formStartedAt };
}
