import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** A namespace of the messages, or one part of it ("Staff.review"). */
type MessagePath = keyof Messages | `${keyof Messages}.${string}`;

/** The messages under the paths, in their nesting: { Staff: { review: … } } for "Staff.review". */
function picked(messages: Record<string, Record<string, unknown>>, paths: MessagePath[]) {
  const needed: Record<string, Record<string, unknown>> = {};
  for (const path of paths) {
    const [namespace, part] = path.split(".");
    needed[namespace] = part === undefined ? messages[namespace] : { ...needed[namespace], [part]: messages[namespace][part] };
  }
  return needed;
}

/**
 * Hands the client components below the message namespaces (or parts of one) they translate, and no others: every
 * message sent to the browser travels in the page's payload, on every page that carries it.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: MessagePath[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={picked(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
