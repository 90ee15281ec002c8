import { beforeEach, describe, expect, it } from "vitest";
import type { CaughtMail } from "@/e2e/support/mail-catcher";
import { endAndRemindAlerts, runSearchAlerts } from "@/lib/alerts/alert-job";
import { alertToken } from "@/lib/alerts/alert-links";
import { alertSchema } from "@/lib/alerts/alert-schema";
import { confirmAlert, findAlertByToken, keepAlert, subscribeToAlerts, unsubscribeAlert } from "@/lib/alerts/search-alerts";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { confirmOffer, deleteOffer, submitOffer } from "@/lib/offers/lifecycle";
import type { OfferFormValues } from "@/lib/offers/offer-schema";
import { hashToken } from "@/lib/security/tokens";
import { deliverRegionMails } from "../reliability/support/own-mails";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "../support/database";
import { catchMails } from "../support/mail-catcher";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

describe("search alerts", () => {
  let region: Region;
  const catcher = catchMails();

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  /** A seeker subscribes to `search` in `locale`; returns the alert and the token from its confirmation mail. */
  async function subscribe(search: string, { locale = "uk", frequency = "IMMEDIATE" } = {}) {
    const email = uniqueEmail("seeker");
    const input = alertSchema.parse({ contactEmail: email, frequency, privacyConsent: "on" });
    expect(await subscribeToAlerts(region, input, search, locale as "uk", `client-${uniqueSuffix()}`)).toBe("sent");
    const alert = await db().searchAlert.findFirstOrThrow({ where: { regionSlug: region.slug, email } });
    const mail = await db().outboxMail.findFirstOrThrow({ where: { searchAlertId: alert.id } });
    const token = /\/suchauftrag\/([A-Za-z0-9_-]{43})\/bestaetigen/.exec(mail.text ?? "")?.[1];
    if (!token) throw new Error("No confirmation link in the mail");
    return { alert, token, email, confirmation: mail };
  }

  async function publish(overrides: Partial<OfferFormValues> = {}) {
    const { offerId } = await submitOffer(region, validOffer(overrides), "de");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    return { offerId, token };
  }

  const alertMails = (alertId: string) =>
    db().outboxMail.findMany({ where: { searchAlertId: alertId }, orderBy: { createdAt: "asc" } });

  /** Delivers the region's mails over SMTP; the alert's undelivered mails of `composition` that arrived, oldest first. */
  async function delivered(alertId: string, composition: "SEARCH_ALERT" | "ALERT_REMINDER" = "SEARCH_ALERT") {
    const queued = await db().outboxMail.findMany({
      where: { searchAlertId: alertId, composition, sentAt: null },
      orderBy: { createdAt: "asc" },
    });
    await deliverRegionMails(region.slug);
    return queued.flatMap(({ messageId }) => catcher().mails.filter((mail) => mail.parsed.messageId === messageId));
  }

  const header = (mail: CaughtMail, name: string) =>
    mail.parsed.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "");

  it("is set up pending, with a confirmation mail in the page's language to the seeker alone, token stored hashed", async () => {
    const { alert, token, email, confirmation } = await subscribe("beds=2&free=1");
    expect(alert).toMatchObject({ status: "PENDING_CONFIRMATION", locale: "uk", search: "beds=2&free=1", frequency: "IMMEDIATE" });
    expect(alert.tokenHash).toBe(hashToken(token));
    expect(token).toBe(alertToken(alert.id));
    expect(confirmation).toMatchObject({ to: email, bcc: null });
    expect(confirmation.subject).toContain("Будь ласка, підтвердьте сповіщення");
    expect(confirmation.html).toContain('lang="uk"');
    expect(confirmation.text).toContain(`/uk/${region.slug}/findflats/suche?beds=2&free=1`);
    // Nothing is mailed before the confirmation, however well an offer matches.
    await publish({ beds: "4", rentType: "FREE" });
    await runSearchAlerts();
    expect(await alertMails(alert.id)).toHaveLength(1);
  });

  it("tells a confirmed alert once about a matching offer, in its language, and never about one that does not match", async () => {
    const { alert, token } = await subscribe("beds=2&free=1");
    expect(await confirmAlert(token)).toBe("confirmed");
    expect(await confirmAlert(token)).toBe("alreadyActive");

    // Free at first counts as free; the mail tells the rent later.
    const matching = await publish({ title: "Kostenlose Wohnung am Park", beds: "3", rentType: "FREE_THEN_RENT" });
    await publish({ title: "Teure Wohnung", beds: "3" });
    await publish({ title: "Kleines Zimmer", beds: "1", rentType: "FREE" });
    const first = await runSearchAlerts();
    expect(first.alertsMailed).toBeGreaterThanOrEqual(1);

    // Queued with the offer's id only, no bodies, and no copy to the municipality.
    const [, queued] = await alertMails(alert.id);
    expect(queued).toMatchObject({ to: alert.email, bcc: null, html: null, composition: "SEARCH_ALERT" });
    expect(queued.alertOfferIds).toEqual([matching.offerId]);

    const [mail] = await delivered(alert.id);
    expect(mail.envelopeTo).toEqual([alert.email]);
    expect(mail.subject).toContain("1 нова пропозиція");
    expect(mail.html).toContain('lang="uk"');
    expect(mail.text).toContain("Kostenlose Wohnung am Park");
    expect(mail.text).toMatch(/спочатку безкоштовно, пізніше 450\s€ \+ 120\s€ комунальні платежі/);
    expect(mail.text).toContain(`/uk/${region.slug}/findflats/${matching.offerId}`);
    expect(mail.text).not.toContain("Teure Wohnung");
    expect(mail.text).not.toContain("Kleines Zimmer");
    expect(header(mail, "list-unsubscribe")).toBe(`<${env.APP_URL}/uk/${region.slug}/suchauftrag/${token}/abbestellen/ausfuehren>`);
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`/uk/${region.slug}/suchauftrag/${token}/weitersuchen`);
    // Delivered: the row keeps the subject it went out with, no body.
    expect(await db().outboxMail.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      subject: mail.subject,
      html: null,
    });

    // The next run has no news for it: nothing is sent twice.
    await runSearchAlerts();
    expect(await alertMails(alert.id)).toHaveLength(2);
    await publish({ title: "Wieder nicht passend", beds: "1" });
    await runSearchAlerts();
    expect(await alertMails(alert.id)).toHaveLength(2);
  });

  it("lists the ten newest of many new offers and the number of the others; what landlords wrote stays as written", async () => {
    const { alert, token } = await subscribe("type=ROOM");
    await confirmAlert(token);
    const rooms = [];
    for (let i = 1; i <= 11; i++) rooms.push(await publish({ title: `Zimmer Nummer ${i}`, type: "ROOM" }));
    await publish({ title: "Zimmer <b>fett</b>", type: "ROOM" });
    await runSearchAlerts();
    const [mail] = await delivered(alert.id);
    expect(mail.subject).toContain("12 нових пропозицій");
    expect(mail.text).toContain("Zimmer <b>fett</b>");
    expect(mail.html).toContain("Zimmer &lt;b&gt;fett&lt;/b&gt;");
    for (const room of rooms.slice(2)) expect(mail.text).toContain(`/findflats/${room.offerId}`);
    for (const room of rooms.slice(0, 2)) expect(mail.text).not.toContain(`/findflats/${room.offerId}`);
    expect(mail.text).toContain("… і ще 2 пропозиції.");
    expect(mail.html).toContain("… і ще 2 пропозиції.");
  });

  it("leaves out offers deleted after the run and before delivery, and drops a mail with none left", async () => {
    const one = await subscribe("type=ROOM");
    await confirmAlert(one.token);
    const kept = await publish({ title: "Zimmer bleibt", type: "ROOM" });
    const gone = await publish({ title: "Zimmer schon vergeben", type: "ROOM" });
    await runSearchAlerts();
    await deleteOffer(gone.token, "PLACED");
    const [mail] = await delivered(one.alert.id);
    expect(mail.subject).toContain("1 нова пропозиція");
    expect(mail.text).toContain(`/findflats/${kept.offerId}`);
    expect(mail.text).not.toContain("Zimmer schon vergeben");

    const other = await subscribe("type=ROOM");
    await confirmAlert(other.token);
    const alone = await publish({ title: "Zimmer bald weg", type: "ROOM" });
    await runSearchAlerts();
    expect(await alertMails(other.alert.id)).toHaveLength(2);
    await deleteOffer(alone.token, "PLACED");
    expect(await delivered(other.alert.id)).toHaveLength(0);
    // Nothing left to tell: the mail is gone from the outbox, not retried.
    expect((await alertMails(other.alert.id)).map((queued) => queued.composition)).toEqual([null]);
  });

  it("mails each subscriber once when two servers run the job at the same moment", async () => {
    const { alert, token } = await subscribe("");
    await confirmAlert(token);
    await publish();
    await publish();
    await Promise.all([runSearchAlerts(), runSearchAlerts()]);
    expect(await alertMails(alert.id)).toHaveLength(2);
    const [mail] = await delivered(alert.id);
    expect(mail.subject).toContain("2 нові пропозиції");
  });

  it("gathers a day's offers in one daily mail, leaving out those deleted before it goes out", async () => {
    const { alert, token } = await subscribe("", { locale: "de", frequency: "DAILY" });
    await confirmAlert(token);
    await publish({ title: "Morgens eingestellt" });
    await runSearchAlerts();
    const deleted = await publish({ title: "Mittags eingestellt, abends vergeben" });
    await runSearchAlerts();
    await publish({ title: "Abends eingestellt" });
    await runSearchAlerts();
    expect(await alertMails(alert.id)).toHaveLength(1);
    await deleteOffer(deleted.token, "PLACED");

    // A day after the confirmation.
    await db().searchAlert.update({ where: { id: alert.id }, data: { newSince: new Date(Date.now() - dayMs - 1000) } });
    await runSearchAlerts();
    expect(await alertMails(alert.id)).toHaveLength(2);
    const [mail] = await delivered(alert.id);
    expect(mail.subject).toBe(`2 neue Angebote für Ihre Suche – ${region.name}`);
    expect(mail.text).toContain("Morgens eingestellt");
    expect(mail.text).toContain("Abends eingestellt");
    expect(mail.text).not.toContain("Mittags eingestellt");
    // The next day's mail starts from here.
    await runSearchAlerts();
    expect(await alertMails(alert.id)).toHaveLength(2);
  });

  it("ends at once when unsubscribed: the address is erased, also from its mails, and no further alert comes", async () => {
    const { alert, token, email } = await subscribe("");
    await confirmAlert(token);
    await publish();
    await runSearchAlerts();
    expect(await unsubscribeAlert(token)).toBe("unsubscribed");
    expect(await unsubscribeAlert(token)).toBe("alreadyEnded");
    const ended = await findAlertByToken(token);
    expect(ended).toMatchObject({ status: "ENDED", endReason: "UNSUBSCRIBED", email: "" });
    expect(await db().outboxMail.count({ where: { to: email } })).toBe(0);
    // The alert queued before unsubscribing never goes out.
    expect(await delivered(alert.id)).toHaveLength(0);
    await publish();
    await runSearchAlerts();
    expect((await alertMails(alert.id)).filter((mail) => mail.to !== "")).toHaveLength(0);
    expect(await confirmAlert(token)).toBe("ended");
    expect(await keepAlert(token)).toBe("ended");
  });

  it("ends by itself 30 days after confirmation, erasing the address; unconfirmed after 48 hours", async () => {
    const running = await subscribe("");
    await confirmAlert(running.token);
    const { alert, token, email } = await subscribe("");
    await confirmAlert(token);
    const unconfirmed = await subscribe("");
    await db().searchAlert.update({ where: { id: alert.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await db().searchAlert.update({ where: { id: unconfirmed.alert.id }, data: { createdAt: new Date(Date.now() - 49 * hourMs) } });

    await endAndRemindAlerts();
    expect(await findAlertByToken(token)).toMatchObject({ status: "ENDED", endReason: "EXPIRED", email: "" });
    expect(await findAlertByToken(unconfirmed.token)).toMatchObject({ status: "ENDED", endReason: "UNCONFIRMED", email: "" });
    expect(await findAlertByToken(running.token)).toMatchObject({ status: "ACTIVE", email: running.email });
    expect(await db().searchAlert.count({ where: { email: { in: [email, unconfirmed.email] } } })).toBe(0);
    expect(await db().outboxMail.count({ where: { to: { in: [email, unconfirmed.email] } } })).toBe(0);
    expect(await confirmAlert(unconfirmed.token)).toBe("ended");
  });

  it("reminds once three days before the end; 'still looking' gives 30 days and a new reminder before those end", async () => {
    const { alert, token } = await subscribe("");
    await confirmAlert(token);
    const reminders = async () => (await alertMails(alert.id)).filter((mail) => mail.composition === "ALERT_REMINDER");
    await endAndRemindAlerts();
    expect(await reminders()).toHaveLength(0);

    await db().searchAlert.update({ where: { id: alert.id }, data: { expiresAt: new Date(Date.now() + 2 * dayMs) } });
    await Promise.all([endAndRemindAlerts(), endAndRemindAlerts()]);
    await endAndRemindAlerts();
    expect(await reminders()).toHaveLength(1);
    const [reminder] = await delivered(alert.id, "ALERT_REMINDER");
    expect(reminder.subject).toContain("Ви ще шукаєте?");
    expect(reminder.text).toContain(`/uk/${region.slug}/suchauftrag/${token}/weitersuchen`);
    expect(header(reminder, "list-unsubscribe")).toContain(`/suchauftrag/${token}/abbestellen/ausfuehren>`);

    expect(await keepAlert(token)).toBe("kept");
    const kept = await findAlertByToken(token);
    expect(kept!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * dayMs);
    await endAndRemindAlerts();
    expect(await reminders()).toHaveLength(1);
    await db().searchAlert.update({ where: { id: alert.id }, data: { expiresAt: new Date(Date.now() + dayMs) } });
    await endAndRemindAlerts();
    expect(await reminders()).toHaveLength(2);
    // A reminder queued before "still looking" was pressed is not sent.
    expect(await keepAlert(token)).toBe("kept");
    expect(await delivered(alert.id, "ALERT_REMINDER")).toHaveLength(0);
  });

  it("counts subscriptions per e-mail address and per client address", async () => {
    const email = uniqueEmail("many");
    const input = alertSchema.parse({ contactEmail: email, frequency: "DAILY", privacyConsent: "on" });
    const outcomes = [];
    for (let i = 0; i <= env.SEARCH_ALERTS_PER_EMAIL_PER_DAY; i++) {
      outcomes.push(await subscribeToAlerts(region, input, "", "de", `client-${uniqueSuffix()}`));
    }
    expect(outcomes.at(-1)).toBe("rateLimited");
    expect(await db().searchAlert.count({ where: { email } })).toBe(env.SEARCH_ALERTS_PER_EMAIL_PER_DAY);

    const clientKey = `client-${uniqueSuffix()}`;
    const fromOneClient = [];
    for (let i = 0; i <= env.SEARCH_ALERTS_PER_HOUR; i++) {
      fromOneClient.push(await subscribeToAlerts(region, { ...input, contactEmail: uniqueEmail("other") }, "", "de", clientKey));
    }
    expect(fromOneClient.filter((outcome) => outcome === "rateLimited")).toHaveLength(1);
  });
});
