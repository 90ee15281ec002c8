import { RegionConfigError, type RegionConfig } from "./region-config";

/** The options of `npm run region`, each with the setting it changes and how its text becomes a value. */
const options = {
  name: ["name", "text"],
  mailbox: ["mailbox", "text"],
  "sender-name": ["senderName", "text"],
  hostnames: ["hostnames", "list"],
  "embed-origins": ["embedOrigins", "list"],
  languages: ["listingLocales", "list"],
  "contact-name": ["contactName", "text"],
  "contact-email": ["contactEmail", "text"],
  "contact-phone": ["contactPhone", "optional"],
  "privacy-policy-version": ["privacyPolicyVersion", "text"],
  "logo-url": ["logoUrl", "optional"],
  "accent-color": ["accentColor", "optional"],
  "search-indexing": ["searchIndexing", "yesNo"],
  "contact-requests-per-offer": ["contactRequestsPerOffer", "number"],
  "contact-request-copies": ["contactRequestCopies", "yesNo"],
  reminders: ["reminders", "yesNo"],
  "postal-codes": ["postalCodes", "list"],
  review: ["review", "text"],
} as const satisfies Record<string, [keyof RegionConfig, "text" | "list" | "optional" | "yesNo" | "number"]>;

export const regionOptionNames = Object.keys(options);

/**
 * `augsburg --name="Stadt Augsburg" --hostnames=a.de,b.de --embed-origins= …` → the slug and the settings to change.
 * A list is comma-separated (empty: none); an optional text is removed when empty; yes/no for switches.
 */
export function parseRegionArguments(argv: string[]): { slug: string; changes: Partial<RegionConfig> } {
  const [slug, ...rest] = argv;
  if (!slug || slug.startsWith("--")) throw new RegionConfigError("Name the region's slug first, e.g. `npm run region -- augsburg --name=…`");
  const changes: Record<string, unknown> = {};
  for (const argument of rest) {
    const match = argument.match(/^--([a-z-]+)=(.*)$/s);
    const option = match && options[match[1] as keyof typeof options];
    if (!match || !option) {
      throw new RegionConfigError(`Unknown option "${argument}". Options: ${regionOptionNames.map((name) => `--${name}=…`).join(" ")}`);
    }
    const [setting, kind] = option;
    const text = match[2].trim();
    if (kind === "list") changes[setting] = text ? text.split(",").map((item) => item.trim()).filter(Boolean) : [];
    else if (kind === "optional") changes[setting] = text || null;
    else if (kind === "yesNo") {
      if (!["yes", "no"].includes(text)) throw new RegionConfigError(`--${match[1]} takes yes or no`);
      changes[setting] = text === "yes";
    } else if (kind === "number") changes[setting] = /^\d+$/.test(text) ? Number(text) : text;
    else changes[setting] = text;
  }
  return { slug, changes: changes as Partial<RegionConfig> };
}
