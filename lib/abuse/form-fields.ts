/**
 * Names of the offer form's two bot traps, shared by the form (browser) and its server action (./bot-check.ts).
 * The honeypot is hidden from people, screen readers and the tab order, so only a bot fills it in; the start
 * stamp is a signed time at which the server showed the form.
 */
export const honeypotField = "website";
export const formStartedField = "formStartedAt";
