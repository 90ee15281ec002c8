import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";

/**
 * messages/de.json is the reference: every other language has the same keys, a text for each, and the same
 * placeholders in each text (a missing `{count}` shows nothing, an unknown one makes next-intl fail).
 */

const reference = "de";
const otherLocales = routing.locales.filter((locale) => locale !== reference);

type Messages = { [key: string]: string | Messages };

function messagesFile(locale: string) {
  return path.join(process.cwd(), "messages", `${locale}.json`);
}

function load(locale: string): Messages {
  return JSON.parse(readFileSync(messagesFile(locale), "utf8")) as Messages;
}

/** Every text under its dotted path ("OfferForm.errors.required"); anything that is not a text is kept as is. */
function flatten(messages: Messages, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(messages)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) flatten(value, dotted, into);
    else into.set(dotted, value);
  }
  return into;
}

/**
 * The placeholders of a message: arguments (`{name}`, `{count, plural, …}`, `{min, number}`), also those inside
 * plural and select branches, and rich-text tags (`<link>`), which next-intl fills in like arguments.
 */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`{${element.value}}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`{${element.value}}`);
        for (const option of Object.values(element.options)) placeholders(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${element.value}>`);
        placeholders(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

function placeholdersOf(text: string): string[] {
  return [...placeholders(parse(text))].sort();
}

const referenceTexts = flatten(load(reference));

describe("messages", () => {
  it("exist for every locale of the routing", () => {
    expect(routing.locales).toContain(reference);
    expect(routing.locales.filter((locale) => !existsSync(messagesFile(locale)))).toEqual([]);
  });

  it.each(routing.locales)("%s: every entry is a non-empty text that parses", (locale) => {
    const notTexts: string[] = [];
    const unparsable: string[] = [];
    for (const [key, text] of flatten(load(locale))) {
      if (typeof text !== "string" || text.trim() === "") notTexts.push(key);
      else {
        try {
          parse(text);
        } catch (error) {
          unparsable.push(`${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(notTexts, `${locale}.json: empty or not a text`).toEqual([]);
    expect(unparsable, `${locale}.json: not valid ICU`).toEqual([]);
  });

  it.each(otherLocales)("%s has exactly the keys of de.json", (locale) => {
    const texts = flatten(load(locale));
    const missing = [...referenceTexts.keys()].filter((key) => !texts.has(key));
    const extra = [...texts.keys()].filter((key) => !referenceTexts.has(key));
    expect(missing, `missing in ${locale}.json`).toEqual([]);
    expect(extra, `in ${locale}.json but not in ${reference}.json`).toEqual([]);
  });

  it.each(otherLocales)("%s uses the same placeholders as de.json in every text", (locale) => {
    const texts = flatten(load(locale));
    const different: string[] = [];
    for (const [key, referenceText] of referenceTexts) {
      const text = texts.get(key);
      if (typeof referenceText !== "string" || typeof text !== "string") continue;
      const expected = placeholdersOf(referenceText).join(" ");
      const actual = placeholdersOf(text).join(" ");
      if (actual !== expected) different.push(`${key}: ${reference} has [${expected}], ${locale} has [${actual}]`);
    }
    expect(different, `placeholders differ in ${locale}.json`).toEqual([]);
  });

  it("finds placeholders in arguments, plural branches and tags (so the comparison above can fail)", () => {
    expect(placeholdersOf("Hallo {name}, {count, plural, one {# Tag ab {date, date}} other {# Tage}} <link>hier</link>")).toEqual(
      ["<link>", "{count}", "{date}", "{name}"],
    );
    expect(placeholdersOf("{min, number} bis {max, number}")).toEqual(["{max}", "{min}"]);
    expect(placeholdersOf("Keine Platzhalter, nur '{'Klammern'}'")).toEqual([]);
  });
});
