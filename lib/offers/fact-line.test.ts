import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { formatEuros, formatList, offerFactLine, offerHeading, rentText } from "./fact-line";
import type { PublicOffer } from "./public-offer";

const nbsp = "\u00a0";

describe("prices", () => {
  it("read with the sign € in every language, written as the language writes an amount", () => {
    expect(formatEuros(480, "de")).toBe(`480${nbsp}€`);
    expect(formatEuros(1480, "de")).toBe(`1.480${nbsp}€`);
    expect(formatEuros(480, "en")).toBe("€480");
    expect(formatEuros(480, "ru")).toBe(`480${nbsp}€`);
    // Ukrainian's standard currency format would say "480 EUR".
    expect(formatEuros(480, "uk")).toBe(`480${nbsp}€`);
    expect(formatEuros(480, "ar")).toMatch(/^\u200f?480\s€$/);
  });
});

describe("lists", () => {
  it("are joined as each language joins them, never with a Latin comma in Arabic", () => {
    expect(formatList(["Deutsch", "Ukrainisch", "Englisch"], "de")).toBe("Deutsch, Ukrainisch und Englisch");
    expect(formatList(["німецька", "українська"], "uk")).toBe("німецька і українська");
    expect(formatList(["немецкий", "украинский"], "ru")).toBe("немецкий и украинский");
    const arabic = formatList(["الألمانية", "الأوكرانية", "الإنجليزية"], "ar");
    expect(arabic).toBe(new Intl.ListFormat("ar", { type: "conjunction" }).format(["الألمانية", "الأوكرانية", "الإنجليزية"]));
    expect(arabic).not.toContain(",");
    expect(arabic).toContain("و");
  });
});

describe("the rent as seekers read it", () => {
  const freeThenRent = { rentType: "FREE_THEN_RENT", coldRent: 450, runningCosts: 120 } as const;

  it("is the amount, free, or free at first with the rent later and its running costs", () => {
    expect(rentText({ rentType: "RENTED", coldRent: 450, runningCosts: 120 }, "de", de)).toBe(`570${nbsp}€`);
    expect(rentText({ rentType: "FREE", coldRent: null, runningCosts: null }, "de", de)).toBe("kostenlos");
    expect(rentText(freeThenRent, "de", de)).toBe(`zunächst kostenlos, später 450${nbsp}€ + 120${nbsp}€ Nebenkosten`);
    expect(rentText({ ...freeThenRent, runningCosts: null }, "de", de)).toBe(`zunächst kostenlos, später 450${nbsp}€`);
    expect(rentText(freeThenRent, "en", en as never)).toBe("free at first, later €450 + €120 utilities");
    expect(rentText(freeThenRent, "uk", uk as never)).toBe(`спочатку безкоштовно, пізніше 450${nbsp}€ + 120${nbsp}€ комунальні платежі`);
  });

  it("says rent by arrangement for an offer free at first made before the form asked for the later rent", () => {
    expect(rentText({ ...freeThenRent, coldRent: null, runningCosts: null }, "de", de)).toBe("zunächst kostenlos, später Miete nach Absprache");
  });

  it("isolates each amount in Arabic, so the words around them keep their order", () => {
    const text = rentText(freeThenRent, "ar", ar as never);
    expect(text).toMatch(/^مجانًا في البداية، ثم \u2066\u200f?450\s€\u2069 \+ \u2066\u200f?120\s€\u2069 تكاليف إضافية$/);
  });
});

describe("an offer's line (feeds, link previews, alert mails)", () => {
  const offer = {
    postalCode: "86150",
    place: "Augsburg",
    beds: 2,
    rentType: "RENTED",
    coldRent: 400,
    runningCosts: 80,
    availableFrom: "2026-07-01",
  } as PublicOffer;

  it("keeps postal code, place and price as left-to-right runs in Arabic plain text", () => {
    const line = offerFactLine(offer, "ar", ar as never);
    expect(line).toContain("\u206686150 Augsburg\u2069");
    expect(line).toMatch(/\u2066\u200f?480\s€\u2069/);
  });

  it("carries no invisible marks in left-to-right languages", () => {
    expect(offerFactLine(offer, "de", de)).toBe(`86150 Augsburg · 2 Betten · 480${nbsp}€ · frei ab 01.07.2026`);
    expect(offerFactLine({ ...offer, rentType: "FREE_THEN_RENT" }, "de", de)).toBe(
      `86150 Augsburg · 2 Betten · zunächst kostenlos, später 400${nbsp}€ + 80${nbsp}€ Nebenkosten · frei ab 01.07.2026`,
    );
    expect(offerFactLine(offer, "uk", uk as never)).toMatch(/^86150 Augsburg · 2 ліжка · 480\s€ · вільно з /);
  });
});

describe("an offer's heading (cards, offer page, feeds, alert mails, API)", () => {
  const offer = {
    type: "FLAT",
    rooms: 2,
    beds: 3,
    areaSqm: 54,
    place: "Musterhausen-Mitte",
    rentType: "RENTED",
    coldRent: 480,
    runningCosts: 120,
  } as PublicOffer;

  it("isolates the place and the price in Arabic, so a Latin place name and the price keep their order", () => {
    const parts = offerHeading(offer, "ar", ar as never).split(" · ");
    expect(parts).toHaveLength(6);
    expect(parts[4]).toBe("\u2068Musterhausen-Mitte\u2069");
    expect(parts[5]).toMatch(/^\u2066\u200f?600\s€\u2069$/);
    expect(offerHeading({ ...offer, place: "أوغسبورغ" }, "ar", ar as never)).toContain("\u2068أوغسبورغ\u2069");
  });

  it("carries no invisible marks in left-to-right languages", () => {
    expect(offerHeading(offer, "de", de)).toBe(`Ganze Wohnung · 2 Zimmer · 3 Betten · 54 m² · Musterhausen-Mitte · 600${nbsp}€`);
    expect(offerHeading(offer, "uk", uk as never)).not.toMatch(/[\u2066-\u2069]/);
  });
});
