import { describe, expect, it } from "vitest";
import { atomFeed, feedUpdated, type Feed } from "./atom-feed";

const feed: Feed = {
  title: "Angebote – Musterhausen",
  url: "https://example.test/uk/musterhausen/findflats/feed",
  pageUrl: "https://example.test/uk/musterhausen/findflats",
  author: "Musterhausen",
  language: "uk",
  updated: "2026-05-02T08:00:00.000Z",
  entries: [
    {
      id: "0b0c4b6e-8f5a-4f59-9d43-3c0d4c6a9e11",
      title: "Кімната в квартирі · 1 кімната · 2 ліжка · Musterhausen · безкоштовно",
      url: "https://example.test/uk/musterhausen/findflats/0b0c4b6e-8f5a-4f59-9d43-3c0d4c6a9e11",
      updated: "2026-05-02T08:00:00.000Z",
      summary: "12349 Musterhausen · 2 місця · безкоштовно",
      landlordText: "Helles Zimmer <nah> am Park\n\nRuhig.",
      textLanguage: "de",
    },
  ],
};

describe("atomFeed", () => {
  it("marks the landlord's words with the landlord's language; the app's title and summary keep the feed's", () => {
    const xml = atomFeed(feed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">');
    expect(xml).toContain("<title>Кімната в квартирі · 1 кімната · 2 ліжка · Musterhausen · безкоштовно</title>");
    expect(xml).toContain("<summary>12349 Musterhausen · 2 місця · безкоштовно</summary>");
    expect(xml).toContain('<content xml:lang="de">Helles Zimmer &#60;nah&#62; am Park\n\nRuhig.</content>');
    expect(xml).toContain("<title>Angebote – Musterhausen</title>");
  });

  it("is the same text for the same feed, so its ETag stays", () => {
    expect(atomFeed(feed)).toBe(atomFeed(structuredClone(feed)));
  });
});

describe("feedUpdated", () => {
  it("is the newest entry's update, or the given time without entries", () => {
    const entries = [{ updated: "2026-05-01T08:00:00.000Z" }, { updated: "2026-05-03T08:00:00.000Z" }, { updated: "2026-05-02T08:00:00.000Z" }];
    expect(feedUpdated(entries, new Date("2020-01-01T00:00:00Z"))).toBe("2026-05-03T08:00:00.000Z");
    expect(feedUpdated([], new Date("2020-01-01T00:00:00Z"))).toBe("2020-01-01T00:00:00.000Z");
  });
});
