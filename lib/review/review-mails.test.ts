import { describe, expect, it } from "vitest";
import type { Region } from "@/lib/db/generated/client";
import { routing } from "@/lib/i18n/routing";
import { rejectionReasons } from "./review-form";
import { inReviewMail, rejectedMail, reviewRequestMail } from "./review-mails";

const region = {
  slug: "augsburg",
  name: "Stadt Augsburg",
  mailbox: "wohnraum@augsburg.de",
  contactEmail: "kontakt@augsburg.de",
  hostnames: [],
  logoUrl: null,
  accentColor: null,
} as unknown as Region;

const offer = (locale: string) => ({
  id: "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
  locale,
  title: "Helle 2-Zimmer-Wohnung",
  place: "Augsburg",
  postalCode: "86150",
  durationDays: 28,
  contactEmail: "vermieterin@example.org",
});

const token = "Q2hhbmdlTWVCZWlzcGllbHRva2VuMTIzNDU2Nzg5MDEy";

describe("the review's mails", () => {
  it.each(routing.locales)("tells the landlord in %s that the offer is being checked, with change and delete only", async (locale) => {
    const mail = await inReviewMail(offer(locale), region, token);
    expect(mail).toMatchObject({ to: "vermieterin@example.org", bcc: "wohnraum@augsburg.de", replyTo: "kontakt@augsburg.de" });
    expect(mail.subject).toContain("Helle 2-Zimmer-Wohnung");
    expect(mail.text).toContain("Stadt Augsburg");
    expect(mail.html).toContain(`/angebot/${token}/aendern`);
    expect(mail.html).toContain(`/angebot/${token}/loeschen`);
    expect(mail.html).not.toMatch(/verlaengern|vermittelt|anfragen/);
    expect(mail.html).toContain(locale === "ar" ? 'dir="rtl"' : 'dir="ltr"');
  });

  it.each(routing.locales.flatMap((locale) => rejectionReasons.map((reason) => [locale, reason] as const)))(
    "tells the landlord in %s why the offer was rejected (%s), with the staff's note as written",
    async (locale, reason) => {
      const note = "Bitte <b>neu</b> eintragen.";
      const mail = await rejectedMail(offer(locale), region, reason, note);
      expect(mail).toMatchObject({ to: "vermieterin@example.org", bcc: "wohnraum@augsburg.de" });
      expect(mail.text).toContain(note);
      expect(mail.html).not.toContain("<b>neu</b>");
      expect(mail.html).toContain("mailto:kontakt@augsburg.de");
      expect(mail.html).toContain("/augsburg/anbieten");
    },
  );

  it.each(routing.locales)("tells the landlord in %s that a changed text was not taken over, the offer staying listed", async (locale) => {
    const mail = await rejectedMail(offer(locale), region, "DOUBTFUL", "", "text");
    const offerMail = await rejectedMail(offer(locale), region, "DOUBTFUL", "");
    expect(mail.subject).not.toBe(offerMail.subject);
    expect(mail.subject).toContain("Helle 2-Zimmer-Wohnung");
    // No "offer again" link and no word of erasure: the offer is still listed.
    expect(mail.html).not.toContain("/augsburg/anbieten");
  });

  it("gives the mailbox one German mail with the link to the offer on the queue, no copy to anyone", async () => {
    const mail = await reviewRequestMail(offer("uk"), region);
    expect(mail).toMatchObject({ to: "wohnraum@augsburg.de", replyTo: "vermieterin@example.org", subject: "Angebot zur Prüfung: Helle 2-Zimmer-Wohnung" });
    expect("bcc" in mail).toBe(false);
    expect(mail.text).toMatch(/\/augsburg\/kommune\/pruefen#angebot-3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11/);
    expect(mail.text).toContain("Diese E-Mail selbst ändert nichts.");
  });

  it("says so when it is a listed offer's changed text that waits", async () => {
    const mail = await reviewRequestMail(offer("de"), region, "text");
    expect(mail.text).toContain("wurden Titel oder Beschreibung geändert");
    expect((await reviewRequestMail(offer("de"), region)).text).not.toContain("Titel oder Beschreibung geändert");
  });
});
