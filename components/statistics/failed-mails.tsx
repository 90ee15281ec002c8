import { getFormatter, getTranslations } from "next-intl/server";
import { maxDeliveryAttempts } from "@/lib/mail/outbox";
import type { FailedMail } from "@/lib/statistics/weekly";
import styles from "./statistics.module.css";

/** Mails the outbox gave up on, newest first, so that staff can reach their recipients another way. */
export async function FailedMails({ mails }: { mails: readonly FailedMail[] }) {
  const [t, format] = await Promise.all([getTranslations("Statistics"), getFormatter()]);
  const captionId = "failed-mails-caption";
  return (
    <div className={`notice notice-error ${styles.failedMails}`}>
      <p>{t("failedMailsHint", { attempts: maxDeliveryAttempts })}</p>
      <div className={styles.tableScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId}>{t("failedMailsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("failedMailColumns.createdAt")}</th>
              <th scope="col">{t("failedMailColumns.to")}</th>
              <th scope="col">{t("failedMailColumns.subject")}</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id}>
                <td className={styles.text}>
                  {format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })}
                </td>
                <td className={styles.text}>
                  <bdi>{mail.to}</bdi>
                </td>
                <td className={styles.text}>
                  <bdi>{mail.subject}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
