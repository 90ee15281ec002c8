import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { devMailboxEnabled, listDevMails } from "@/lib/mail/dev-mailbox";
import { mainSitePath } from "@/lib/routes/site-routes";

export const dynamic = "force-dynamic";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Europe/Berlin",
});

/** Every mail the app "sent" while SMTP_URL is unset, newest first. */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const mails = await listDevMails();

  return (
    <main id="main">
      <h1>Development mailbox</h1>
      <p className="note">
        Development mailbox: mails are stored here because SMTP_URL is not set. They are kept in the folder{" "}
        <code>{env.MAILBOX_DIR}</code> (an .eml and a .json file per mail).
      </p>
      <p>
        <Link href={mainSitePath("devMailbox")}>Reload</Link>
      </p>
      {mails.length === 0 ? (
        <p>No mails yet.</p>
      ) : (
        <table>
          <caption>
            {mails.length === 1 ? "1 mail" : `${mails.length} mails`}, newest first (times in Europe/Berlin)
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">To</th>
              <th scope="col">BCC</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id}>
                <td>
                  <time dateTime={mail.date.toISOString()}>{dateFormat.format(mail.date)}</time>
                </td>
                <td>{mail.to}</td>
                <td>{mail.bcc ?? "–"}</td>
                <td>
                  <Link href={mainSitePath("devMail", { id: mail.id })}>{mail.subject || "(no subject)"}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
