import { escapeMarkup } from "@/lib/markup";

/** An Atom feed (RFC 4287) of a listing: built as text, every value escaped. */

export type FeedEntry = {
  id: string;
  /** The heading composed from the offer's facts, in the feed's language. */
  title: string;
  url: string;
  updated: string;
  /** The offer's facts, written by the app in the feed's language. */
  summary: string;
  /** The landlord's title and description, in `textLanguage` (the offer's), whatever the feed's language. */
  landlordText: string;
  textLanguage: string;
};
export type Feed = {
  title: string;
  /** The feed's own address, also its id. */
  url: string;
  /** The listing page the feed stands for. */
  pageUrl: string;
  author: string;
  language: string;
  /** The feed's last change: its newest entry's (see feedUpdated). */
  updated: string;
  entries: FeedEntry[];
};

/**
 * When a feed last changed: its newest entry's update, or for a feed without entries `whenEmpty`. A fixed time
 * either way, so that an unchanged feed is the same text and keeps its ETag.
 */
export function feedUpdated(entries: Pick<FeedEntry, "updated">[], whenEmpty: Date): string {
  return entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), "") || whenEmpty.toISOString();
}

export function atomFeed(feed: Feed): string {
  const text = (name: string, value: string, language?: string) =>
    `<${name}${language ? ` xml:lang="${escapeMarkup(language)}"` : ""}>${escapeMarkup(value)}</${name}>`;
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
      text("content", entry.landlordText, entry.textLanguage),
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(feed.language)}">`,
    text("id", feed.url),
    text("title", feed.title),
    text("updated", feed.updated),
    `<author>${text("name", feed.author)}</author>`,
    link(feed.url, "self", "application/atom+xml"),
    link(feed.pageUrl, "alternate", "text/html"),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
