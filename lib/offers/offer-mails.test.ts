import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/routing";
import { routing } from "@/lib/i18n/routing";
import { renderStaffSignInMail } from "@/lib/staff/sign-in-mail";
import { renderOfferMail, type OfferMail } from "./offer-mails";

const base = {
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  offer: {
    title: "Helle 2-Zimmer-Wohnung",
    place: "Augsburg",
    postalCode: "86150",
    durationDays: 28,
    expiresAt: new Date("2026-07-15T10:30:00Z"),
    contactRequests: "OPEN",
    contactRequestCount: 3,
  },
} satisfies Omit<OfferMail, "kind" | "locale" | "links">;

const url = (path: string) => `https://wohnraum.example.org/augsburg/angebot/TOKEN123/${path}`;
const publishedOffer = "https://wohnraum.example.org/augsburg/findflats/0b7f8a52-3c1e-4d6a-9f2b-5e8c1a7d4f30";
const reminderLinks = {
  delete: url("loeschen"),
  placed: url("vermittelt"),
  extend: url("verlaengern"),
  change: url("aendern"),
  offer: publishedOffer,
};
const actionLinks = { ...reminderLinks, requests: url("anfragen") };
const newOfferLinks = { newOffer: "https://wohnraum.example.org/augsburg/anbieten" };

type Case = Pick<OfferMail, "kind" | "links" | "reason"> & { subject: Record<"de" | "uk", string>; buttons: boolean };

const cases: Case[] = [
  {
    kind: "confirmation",
    links: { confirm: url("bestaetigen") },
    subject: {
      de: "Bitte bestätigen Sie Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“",
      uk: "Будь ласка, підтвердьте свою пропозицію житла «Helle 2-Zimmer-Wohnung»",
    },
    buttons: false,
  },
  {
    kind: "published",
    links: actionLinks,
    subject: {
      de: "Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ ist online",
      uk: "Ваша пропозиція житла «Helle 2-Zimmer-Wohnung» тепер онлайн",
    },
    buttons: true,
  },
  {
    kind: "extended",
    links: actionLinks,
    subject: {
      de: "Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ wurde verlängert",
      uk: "Показ вашої пропозиції житла «Helle 2-Zimmer-Wohnung» продовжено",
    },
    buttons: true,
  },
  {
    kind: "changed",
    links: actionLinks,
    subject: {
      de: "Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ wurde geändert",
      uk: "Вашу пропозицію житла «Helle 2-Zimmer-Wohnung» змінено",
    },
    buttons: true,
  },
  {
    kind: "changedByMunicipality",
    links: actionLinks,
    subject: {
      de: "Die Kommune hat Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ geändert",
      uk: "Громада змінила вашу пропозицію житла «Helle 2-Zimmer-Wohnung»",
    },
    buttons: true,
  },
  {
    kind: "extendedByMunicipality",
    links: actionLinks,
    subject: {
      de: "Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ wurde von der Kommune verlängert",
      uk: "Громада продовжила показ вашої пропозиції житла «Helle 2-Zimmer-Wohnung»",
    },
    buttons: true,
  },
  {
    kind: "reminder",
    links: reminderLinks,
    subject: {
      de: "Ist Ihr Wohnraum „Helle 2-Zimmer-Wohnung“ noch frei?",
      uk: "Ваше житло «Helle 2-Zimmer-Wohnung» ще вільне?",
    },
    buttons: true,
  },
  {
    kind: "deleted",
    reason: "BY_LANDLORD",
    links: newOfferLinks,
    subject: {
      de: "Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ wurde gelöscht",
      uk: "Вашу пропозицію житла «Helle 2-Zimmer-Wohnung» видалено",
    },
    buttons: false,
  },
  {
    kind: "deleted",
    reason: "PLACED",
    links: newOfferLinks,
    subject: {
      de: "Vielen Dank! Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ wurde gelöscht",
      uk: "Щиро дякуємо! Вашу пропозицію житла «Helle 2-Zimmer-Wohnung» видалено",
    },
    buttons: false,
  },
  {
    kind: "deleted",
    reason: "BY_MUNICIPALITY",
    links: newOfferLinks,
    subject: {
      de: "Ihr Wohnraumangebot „Helle 2-Zimmer-Wohnung“ wurde von der Kommune entfernt",
      uk: "Громада видалила вашу пропозицію житла «Helle 2-Zimmer-Wohnung»",
    },
    buttons: false,
  },
];

/** The four management buttons in the order the mail shows them: the everyday ones first, the deleting ones last. */
const buttonLabels: Record<Locale, string[]> = {
  de: ["Anzeige um 7 Tage verlängern", "Angaben ändern", "Angebot löschen", "Erfolgreich vermittelt – ich wünsche weitere Beratung"],
  uk: [
    "Продовжити показ на 7 днів",
    "Змінити дані",
    "Видалити пропозицію",
    "Житло успішно надано – мені потрібна подальша консультація",
  ],
  en: ["Extend display by 7 days", "Change details", "Delete offer", "Successfully placed – I would like further advice"],
  ru: ["Продлить показ на 7 дней", "Изменить данные", "Удалить предложение", "Жильё успешно сдано – мне нужна дальнейшая консультация"],
  ar: ["تمديد العرض لمدة 7 أيام", "تعديل البيانات", "حذف العرض", "تم التأجير بنجاح – أرغب في مزيد من الاستشارة"],
};

/** Where each text first appears in a part of the mail, -1 for a missing one. */
function positions(part: string, texts: string[]): number[] {
  return texts.map((text) => part.indexOf(text));
}

/** The href values of all links in the HTML, with the entity React writes for "&" decoded. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1].replaceAll("&amp;", "&"));
}

describe("renderOfferMail", () => {
  for (const locale of ["de", "uk"] as const) {
    for (const mailCase of cases) {
      const name = `${mailCase.kind}${mailCase.reason ? ` (${mailCase.reason})` : ""} in ${locale}`;

      it(name, async () => {
        const { subject, html, text } = await renderOfferMail({ ...base, ...mailCase, locale });

        expect(subject).toBe(mailCase.subject[locale]);
        expect(html).toMatch(new RegExp(`<html[^>]*\\slang="${locale}"`));
        expect(html).toMatch(/<html[^>]*\sdir="ltr"/);
        expect(html).toContain(base.regionName);
        expect(html).not.toMatch(/<script|<img/i);

        // Every link given is a real link in the HTML and appears as a full URL in the text part.
        const given = Object.values(mailCase.links);
        expect(given.length).toBeGreaterThan(0);
        for (const link of given) {
          expect(hrefs(html)).toContain(link);
          expect(text).toContain(link);
        }

        // Exactly the four management buttons, and the contact requests button in the mails about a listed offer but
        // the reminder; none elsewhere.
        const labels = buttonLabels[locale];
        for (const label of labels) {
          if (mailCase.buttons) {
            expect(html).toContain(label);
            expect(text).toContain(label);
          } else {
            expect(html).not.toContain(label);
          }
        }
        if (mailCase.buttons) {
          // The published offer is linked first; then the everyday buttons, the contact requests button and the
          // deleting buttons last, in both parts (the intro may name a button, so only what follows the link counts).
          const requestsLabel = locale === "de" ? "Keine Anfragen mehr" : "Поки що без запитів";
          for (const part of [html, text]) {
            const afterLink = part.slice(part.indexOf(publishedOffer));
            expect(part).toContain(publishedOffer);
            const order = positions(afterLink, [...labels.slice(0, 2), requestsLabel, ...labels.slice(2)]);
            const shown = mailCase.kind === "reminder" ? [...order.slice(0, 2), ...order.slice(3)] : order;
            expect(shown.every((position) => position > 0)).toBe(true);
            expect(shown).toEqual([...shown].sort((a, b) => a - b));
          }
        } else {
          expect(hrefs(html)).not.toContain(publishedOffer);
        }
        const offerLinks = hrefs(html).filter((href) => href.includes("/angebot/"));
        const requestsButton = mailCase.buttons && mailCase.kind !== "reminder";
        expect(offerLinks).toHaveLength(requestsButton ? 5 : mailCase.buttons ? 4 : mailCase.kind === "confirmation" ? 1 : 0);
        if (!requestsButton) expect(offerLinks).not.toContain(url("anfragen"));
        if (requestsButton) {
          // 3 requests so far, still open: the button pauses them.
          expect(text).toContain(locale === "de" ? "Bisher: 3 Anfragen." : "Досі: 3 запити.");
          expect(text).toContain(`${locale === "de" ? "Keine Anfragen mehr" : "Поки що без запитів"} ${url("anfragen")}`);
        }

        if (mailCase.kind === "confirmation") {
          expect(html).toContain(
            locale === "de" ? "Angebot bestätigen und veröffentlichen" : "Підтвердити та опублікувати пропозицію",
          );
          expect(text).toContain("48");
        }
        if (mailCase.buttons) {
          expect(text).toContain(locale === "de" ? "15. Juli 2026" : "15 липня 2026");
          expect(text).toContain("12:30"); // 10:30 UTC is 12:30 in Berlin (summer time)
        }
        if (mailCase.reason === "BY_MUNICIPALITY") {
          expect(hrefs(html)).toContain("mailto:wohnraum@augsburg.de");
        } else {
          expect(html).not.toContain("mailto:");
        }

        // Footer: BCC to the municipality's mailbox, and the operator.
        expect(text).toContain("BCC");
        expect(text).toContain("Tür an Tür – Digitalfabrik gGmbH");
      });
    }
  }

  it("renders every kind in English too", async () => {
    for (const mailCase of cases) {
      const { subject, text } = await renderOfferMail({ ...base, ...mailCase, locale: "en" });
      expect(subject).toContain("“Helle 2-Zimmer-Wohnung”");
      expect(text).toContain("Tür an Tür – Digitalfabrik gGmbH");
    }
  });

  it("writes Arabic mails right to left", async () => {
    const { html } = await renderOfferMail({ ...base, ...cases[0], locale: "ar" });
    expect(html).toMatch(/<html[^>]*\slang="ar"/);
    expect(html).toMatch(/<html[^>]*\sdir="rtl"/);
  });

  it("escapes user input in the HTML", async () => {
    const title = "<script>alert(1)</script>";
    const place = '"><img src=x onerror=alert(2)>';
    for (const mailCase of cases) {
      const { html, text } = await renderOfferMail({
        ...base,
        ...mailCase,
        locale: "de",
        offer: { ...base.offer, title, place },
      });
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(text).toContain(title);
    }
  });

  it("keeps line breaks and control characters in the title out of the subject", async () => {
    const title = "Wohnung\r\nBcc: attacker@example.org\u0000\u2028\u202e";
    for (const mailCase of cases) {
      const { subject } = await renderOfferMail({
        ...base,
        ...mailCase,
        locale: "de",
        offer: { ...base.offer, title },
      });
      expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(subject).toContain("Wohnung Bcc: attacker@example.org");
    }
  });

  it("refuses a mail without the links, reason or date its kind needs", async () => {
    const mail = { ...base, locale: "de" } as const;
    await expect(renderOfferMail({ ...mail, kind: "confirmation", links: {} })).rejects.toThrow(/links\.confirm/);
    await expect(
      renderOfferMail({ ...mail, kind: "published", links: { delete: url("x"), extend: url("y") } }),
    ).rejects.toThrow(/links\.placed/);
    await expect(renderOfferMail({ ...mail, kind: "published", links: { ...actionLinks, offer: undefined } })).rejects.toThrow(
      /links\.offer/,
    );
    await expect(
      renderOfferMail({
        ...mail,
        kind: "extended",
        links: actionLinks,
        offer: { ...base.offer, expiresAt: undefined },
      }),
    ).rejects.toThrow(/expiresAt/);
    await expect(renderOfferMail({ ...mail, kind: "deleted", links: newOfferLinks })).rejects.toThrow(/reason/);
    await expect(
      renderOfferMail({ ...mail, kind: "deleted", reason: "BY_LANDLORD", links: { newOffer: "javascript:alert(1)" } }),
    ).rejects.toThrow(/http/);
  });
});

describe("values inside right-to-left text", () => {
  // The seeded demo region: a name with brackets, a place with a hyphen.
  const demo = {
    ...base,
    regionName: "Stadt Musterhausen (Demo)",
    offer: { ...base.offer, title: "Wohnung am Markt", place: "Musterhausen-Nord", postalCode: "12345" },
  };
  const run = (value: string) => `\u2068${value}\u2069`;
  const values = [demo.regionName, demo.offer.title, "12345 Musterhausen-Nord", "Tür an Tür – Digitalfabrik gGmbH"];

  /**
   * Inside sentences, every occurrence of the value is exactly one isolated run, never bare text that the sentence
   * around it reorders. A paragraph that is nothing but the value (the region's name in the band) needs no run.
   */
  function expectIsolated(part: string, value: string) {
    const sentences = part.split("\n").filter((line) => line.trim() !== value).join("\n");
    const occurrences = sentences.split(value).length - 1;
    expect(occurrences).toBeGreaterThan(0);
    expect(sentences.split(run(value)).length - 1).toBe(occurrences);
  }

  it("keeps region, title, place and operator each one isolated run in an Arabic mail's HTML and text", async () => {
    for (const mailCase of cases) {
      const { html, text } = await renderOfferMail({ ...demo, ...mailCase, locale: "ar" });
      for (const value of values) {
        expectIsolated(text, value);
        // In the HTML, only text nodes, each on a line: the logo's alt text is an attribute, not part of a sentence.
        expectIsolated(html.replace(/<[^>]*>/g, "\n"), value);
      }
    }
  });

  it("isolates the region in the staff sign-in mail in Arabic too", async () => {
    const signIn = await renderStaffSignInMail({
      locale: "ar",
      regionName: demo.regionName,
      requestedAt: new Date("2026-11-26T09:30:00Z"),
      validMinutes: 20,
      signInUrl: "https://wohnraum.example.org/ar/musterhausen/kommune/anmelden/TOKEN",
    });
    expectIsolated(signIn.text, demo.regionName);
  });

  it("puts the summary's accent bar on the side where lines start", async () => {
    const arabic = await renderOfferMail({ ...demo, ...cases[0], locale: "ar" });
    expect(arabic.html).toMatch(/border-right:4px solid/);
    expect(arabic.html).not.toMatch(/border-left:4px solid/);
    const german = await renderOfferMail({ ...demo, ...cases[0], locale: "de" });
    expect(german.html).toMatch(/border-left:4px solid/);
    expect(german.html).not.toMatch(/border-right:4px solid/);
  });

  it("never puts a region name with brackets into brackets", async () => {
    for (const locale of routing.locales) {
      for (const mailCase of cases) {
        const { text } = await renderOfferMail({ ...demo, ...mailCase, locale });
        let depth = 0;
        let deepest = 0;
        for (const char of text) {
          if (char === "(") deepest = Math.max(deepest, ++depth);
          if (char === ")") depth--;
        }
        expect(deepest, `${mailCase.kind} ${mailCase.reason ?? ""} in ${locale}`).toBe(1);
      }
    }
  });

  it("calls the municipality громада in Ukrainian, as the Ukrainian pages do", async () => {
    for (const mailCase of cases) {
      const { subject, text } = await renderOfferMail({ ...demo, ...mailCase, locale: "uk" });
      expect(`${subject}\n${text}`).not.toMatch(/муніципал/i);
    }
    const placed = await renderOfferMail({ ...demo, ...cases.find((mailCase) => mailCase.reason === "PLACED")!, locale: "uk" });
    expect(placed.text).toContain("Громада зв’яжеться з вами");
  });
});
