import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { devMailboxEnabled, readDevMail } from "@/lib/mail/dev-mailbox";
import { mainSitePath } from "@/lib/routes/site-routes";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Mail" };

type Props = { params: Promise<{ id: string }> };

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Europe/Berlin",
});

/**
 * Links in the mail open in the top window, or in a new tab where the mail asks for one (its buttons do), and
 * that tab leaves the sandbox so its forms work. The iframe itself gets no scripts and no same-origin access.
 */
function withLinksToTop(html: string): string {
  const base = '<base target="_top">';
  const head = /<head(\s[^>]*)?>/i;
  return head.test(html) ? html.replace(head, (tag) => tag + base) : base + html;
}

/** One stored mail: its headers, the HTML part as the recipient sees it, and the plain-text part. */
export default async function DevMailPage({ params }: Props) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  const mail = await readDevMail(id);
  if (!mail) notFound();

  return (
    <main id="main">
      <p>
        <Link href={mainSitePath("devMailbox")}>← All mails</Link>
      </p>
      <h1>{mail.subject || "(no subject)"}</h1>
      <dl>
        <dt>Date</dt>
        <dd>
          <time dateTime={mail.date.toISOString()}>{dateFormat.format(mail.date)}</time> (Europe/Berlin)
        </dd>
        <dt>From</dt>
        <dd>{mail.from}</dd>
        <dt>To</dt>
        <dd>{mail.to}</dd>
        <dt>BCC</dt>
        <dd>{mail.bcc ?? "–"}</dd>
        <dt>Reply-To</dt>
        <dd>{mail.replyTo ?? "–"}</dd>
        <dt>Subject</dt>
        <dd>{mail.subject}</dd>
        <dt>Message-ID</dt>
        <dd>
          <code>{mail.messageId}</code>
        </dd>
      </dl>

      <h2>HTML part</h2>
      <iframe
        title={`HTML part of the mail “${mail.subject}”`}
        sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
        referrerPolicy="no-referrer"
        srcDoc={withLinksToTop(mail.html)}
      />

      <h2>Text part</h2>
      <pre>{mail.text}</pre>
    </main>
  );
}
