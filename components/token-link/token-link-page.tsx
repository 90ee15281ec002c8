import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import styles from "@/components/link-page.module.css";
import { PageShell } from "@/components/page-shell";
import type { SiteRegion } from "@/lib/regions/regions";
import type { LinkState } from "@/lib/routes/token-links";

type Props = {
  region: SiteRegion;
  /** The flow's messages, where its state's message keys are. */
  namespace: "OfferLink" | "AlertLink" | "Staff.link";
  title: string;
  state: LinkState;
  /** Where the button posts (openTokenLink's `submit`). */
  submit: string;
  /** The button, shown when the state allows it: the text above it, its label, fields it posts. */
  button: { text: string; label: string; danger?: boolean; fields?: Record<string, string> };
  /** What the link is about, above the button. */
  summary?: ReactNode;
  /** Links below the button. */
  children?: ReactNode;
};

/**
 * The page a token link opens (lib/routes/token-links.ts): its title, what its state says, the summary, and the
 * button, a plain POST to the route handler below the page, which the no-referrer page's "Origin: null" does not stop.
 */
export async function TokenLinkPage({ region, namespace, title, state, submit, button, summary, children }: Props) {
  const [t, format] = await Promise.all([getTranslations(namespace), getFormatter()]);
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const { message, canAct } = state;
  const values = Object.fromEntries(
    Object.entries(message?.values ?? {}).map(([name, value]) => [
      name,
      value instanceof Date ? format.dateTime(value, { dateStyle: "long", timeStyle: "short" }) : value,
    ]),
  );
  return (
    <PageShell region={region}>
      <h1>{title}</h1>
      {message && (
        <p className={`notice notice-${message.tone}`} role="status">
          {translate(message.key, values)}
        </p>
      )}
      {summary}
      {canAct && (
        <form method="post" action={submit} className={styles.form}>
          <p>{button.text}</p>
          {Object.entries(button.fields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className={button.danger ? "button button-danger" : "button"}>
            {button.label}
          </button>
        </form>
      )}
      {children}
    </PageShell>
  );
}
