import de from "@/messages/de.json";
import type { Locale } from "./routing";

export type Messages = typeof de;

/** Messages of one locale; German is the reference every other file must match key for key. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}.json`)).default;
}
