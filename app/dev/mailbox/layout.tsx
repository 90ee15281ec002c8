import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Development mailbox", template: "%s · Development mailbox" },
  robots: { index: false, follow: false },
};

// Developer-only pages outside the localized app, so they bring their own <html> (app/layout.tsx passes through).
const css = `
.dev-mailbox main { max-width: 80rem; }
.dev-mailbox table { border-collapse: collapse; width: 100%; }
.dev-mailbox caption { text-align: left; padding: 0.5rem 0; color: var(--color-muted); }
.dev-mailbox th, .dev-mailbox td { border-bottom: 1px solid var(--color-border); padding: 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.dev-mailbox td:first-child { white-space: nowrap; }
.dev-mailbox dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.dev-mailbox dt { font-weight: 700; }
.dev-mailbox dd { margin: 0; overflow-wrap: anywhere; }
.dev-mailbox iframe { width: 100%; height: 80vh; border: 1px solid var(--color-border); background: #fff; }
.dev-mailbox pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--color-surface); border: 1px solid var(--color-border); padding: var(--space); }
.dev-mailbox .note { background: var(--color-surface); border-left: 4px solid var(--color-accent); padding: 0.5rem var(--space); }
`;

export default function DevMailboxLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body className="dev-mailbox">
        <style>{css}</style>
        {children}
      </body>
    </html>
  );
}
