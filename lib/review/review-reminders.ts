import "server-only";
import { createElement } from "react";
import { staffMailTranslator } from "@/emails/components/i18n";
import ReviewWaiting from "@/emails/review-waiting";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { loadMessages } from "@/lib/i18n/messages";
import { queueMail } from "@/lib/mail/outbox";
import { renderMail } from "@/lib/mail/render";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import { waitingForReviewSql } from "./waiting";

/**
 * After how many days of waiting for the check an offer (or a changed text) is overdue, and how many hours at least
 * lie between two reminders of a region's mailbox: an offer in review is not listed and has no display time yet, so
 * without a decision it would wait for ever.
 */
export const reviewReminder = { overdueDays: 2, everyHours: 24 } as const;

type DueRegion = { slug: string; overdue: number; waiting: number; oldestSince: Date };

/**
 * Reminds the mailbox of each region where something has waited longer than two days for the check, at most once a
 * day: one German mail with the numbers and the link to the queue. Part of the scheduled jobs. A region is claimed
 * by one conditional update of `reviewReminderSentAt` with its mail in the same transaction, so servers running the
 * job at the same moment send one mail. Returns how many mailboxes were reminded.
 */
export async function remindReviewers(now = new Date()): Promise<number> {
  const due = await db().$queryRaw<DueRegion[]>`
    SELECT region."slug", count(*)::int AS "waiting", min(waiting.since) AS "oldestSince",
      count(*) FILTER (WHERE waiting.since <= ${now}::timestamptz - make_interval(days => ${reviewReminder.overdueDays}))::int AS "overdue"
    FROM "Region" AS region JOIN ${waitingForReviewSql(now)} AS waiting ON waiting."regionSlug" = region."slug"
    WHERE region."reviewReminderSentAt" IS NULL
      OR region."reviewReminderSentAt" <= ${now}::timestamptz - make_interval(hours => ${reviewReminder.everyHours})
    GROUP BY region."slug"
    HAVING min(waiting.since) <= ${now}::timestamptz - make_interval(days => ${reviewReminder.overdueDays})`;
  let reminded = 0;
  for (const { slug, ...numbers } of due) {
    const region = await db().region.findUniqueOrThrow({ where: { slug } });
    const mail = await reminderMail(region, numbers);
    const claimed = await db().$transaction(async (tx) => {
      const { count } = await tx.region.updateMany({
        where: {
          slug,
          OR: [{ reviewReminderSentAt: null }, { reviewReminderSentAt: { lte: new Date(now.getTime() - reviewReminder.everyHours * 3_600_000) } }],
        },
        data: { reviewReminderSentAt: now },
      });
      if (count === 0) return false;
      await queueMail(tx, mail);
      return true;
    });
    if (claimed) reminded += 1;
  }
  return reminded;
}

async function reminderMail(region: Region, numbers: Omit<DueRegion, "slug">) {
  const messages = await loadMessages("de");
  const t = staffMailTranslator("de", messages);
  const rendered = await renderMail(
    t("reviewWaiting.subject", { count: numbers.overdue, days: reviewReminder.overdueDays }),
    createElement(ReviewWaiting, {
      messages,
      regionName: region.name,
      identity: regionIdentity(region),
      ...numbers,
      days: reviewReminder.overdueDays,
      queueUrl: regionUrl(region, "de", pagePath("staffReview")),
    }),
  );
  return { regionSlug: region.slug, to: region.mailbox, ...rendered };
}
