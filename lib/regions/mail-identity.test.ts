import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { mailTranslator } from "@/emails/components/i18n";
import { MailLayout } from "@/emails/components/mail-layout";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { renderOfferMail, type OfferMail } from "@/lib/offers/offer-mails";
import { renderReportMail } from "@/lib/reports/report-mail";
import { defaultAccentColor, regionIdentity } from "./identity";

const logoUrl = "https://www.musterhausen.example/logo.png";

/** The shared frame of every mail, as a region with or without logo and colour gets it. */
async function renderLayout(locale: Locale, region: { logoUrl: string | null; accentColor: string | null }) {
  const messages = await loadMessages(locale);
  const html = await render(
    // The layout's props name its children, as a page passes them in JSX.
    // eslint-disable-next-line react/no-children-prop
    createElement(MailLayout, {
      locale,
      t: mailTranslator(locale, messages),
      regionName: "Stadt Musterhausen",
      identity: regionIdentity({ name: "Stadt Musterhausen", ...region }),
      preview: "Vorschau",
      heading: "Überschrift",
      children: "Inhalt",
    }),
  );
  return { html, text: toPlainText(html) };
}

/** The colour of the band that carries the site's and the region's name: the last background before that name. */
function bandColor(html: string): string | undefined {
  const beforeName = html.slice(0, html.indexOf("Stadt Musterhausen</p>"));
  return [...beforeName.matchAll(/background-color:\s*(#[0-9a-f]{6})/gi)].at(-1)?.[1];
}

describe("MailLayout with a region's identity", () => {
  it("shows the logo, with the region's name as its text, and the band in the region's colour", async () => {
    for (const locale of ["de", "ar"] as const) {
      const { html, text } = await renderLayout(locale, { logoUrl, accentColor: "#0B6E4F" });
      const logo = /<img[^>]*>/.exec(html)?.[0] ?? "";
      expect(logo).toContain(`src="${logoUrl}"`);
      expect(logo).toContain('alt="Stadt Musterhausen"');
      expect(logo).toMatch(/height:\s*48px/);
      expect(bandColor(html)).toBe("#0b6e4f");
      // The plain-text part names the region once, in the band, and has no image address.
      expect(text).not.toContain(logoUrl);
      expect(text).toContain("Stadt Musterhausen");
    }
  });

  it("has no logo and the default colour when the region has neither, or a colour white text is unreadable on", async () => {
    for (const accentColor of [null, "#ffcc00"]) {
      const { html } = await renderLayout("de", { logoUrl: null, accentColor });
      expect(html).not.toContain("<img");
      expect(bandColor(html)).toBe(defaultAccentColor);
    }
  });
});

describe("every mail kind carries the region's identity", () => {
  const identity = regionIdentity({ name: "Stadt Musterhausen", logoUrl, accentColor: "#0b6e4f" });
  const url = (path: string) => `https://wohnraum.example.org/musterhausen/angebot/TOKEN123/${path}`;
  const offer = {
    title: "Zimmer",
    place: "Musterhausen",
    postalCode: "12345",
    durationDays: 7,
    expiresAt: new Date(),
    contactRequests: "OPEN",
    contactRequestCount: 0,
  } as const;
  const base = {
    locale: "de",
    regionName: "Stadt Musterhausen",
    regionContactEmail: "kommune@musterhausen.example",
    identity,
    offer,
  } as const;
  const buttons = {
    delete: url("loeschen"),
    placed: url("vermittelt"),
    extend: url("verlaengern"),
    change: url("aendern"),
    offer: "https://wohnraum.example.org/musterhausen/findflats/0b7f8a52-3c1e-4d6a-9f2b-5e8c1a7d4f30",
  };
  const mails: OfferMail[] = [
    { ...base, kind: "confirmation", links: { confirm: url("bestaetigen") } },
    ...(["published", "extended", "changed", "changedByMunicipality"] as const).map((kind) => ({
      ...base,
      kind,
      links: { ...buttons, requests: url("anfragen") },
    })),
    { ...base, kind: "reminder", links: buttons },
    {
      ...base,
      kind: "deleted",
      reason: "BY_MUNICIPALITY",
      links: { newOffer: "https://wohnraum.example.org/musterhausen/anbieten" },
    },
  ];

  it.each(mails.map((mail) => [mail.kind, mail] as const))("%s", async (_kind, mail) => {
    const { html } = await renderOfferMail(mail);
    expect(html).toContain(`src="${logoUrl}"`);
    expect(bandColor(html)).toBe("#0b6e4f");
  });

  it("report", async () => {
    const { html } = await renderReportMail({
      regionName: "Stadt Musterhausen",
      identity,
      offer: {
        id: "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
        title: "Zimmer",
        place: "Musterhausen",
        postalCode: "12345",
      },
      reason: "SUSPICIOUS",
      message: "Seltsam.",
      reportedAt: new Date(),
      offerUrl: "https://wohnraum.example.org/musterhausen/findflats/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
      removeUrl: "https://wohnraum.example.org/musterhausen/kommune/angebote/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11/loeschen",
    });
    expect(html).toContain(`src="${logoUrl}"`);
    expect(bandColor(html)).toBe("#0b6e4f");
  });
});
