import { escapeMarkup } from "@/lib/markup";

/** An Atom feed (RFC 4287) of a listing: built as text, every value escaped. */

export type FeedEntry = { id: string; title: string; url: string; updated: string; summary: string };
export type Feed = {
  title: string;
  /** The feed's own address, also its id. */
  url: string;
  /** The listing page the feed stands for. */
  pageUrl: string;
  author: string;
  language: string;
  entries: FeedEntry[];
};


export function atomFeed(feed: Feed, now = new Date()): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), "") || now.toISOString();
  const text = (name: string, value: string) => `<${name}>${escapeMarkup(value)}</${name}>`;
  const link = (href: string, rel: string, type?: string) =>
    `<link rel="${rel}" href="${escapeMarkup(href)}"${type ? ` type="${type}"` : ""}/>`;
  const entries = feed.entries.map((entry) =>
    [
      "<entry>",
      text("id", `urn:uuid:${entry.id}`),
      text("title", entry.title),
      link(entry.url, "alternate", "text/html"),
      text("updated", entry.updated),
      text("summary", entry.summary),
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(feed.language)}">`,
    text("id", feed.url),
    text("title", feed.title),
    text("updated", updated),
    `<author>${text("name", feed.author)}</author>`,
    link(feed.url, "self", "application/atom+xml"),
    link(feed.pageUrl, "alternate", "text/html"),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
