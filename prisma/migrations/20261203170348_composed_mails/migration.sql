-- Mails a job queues (search alerts, reminders) are composed when delivered: the row names what to compose
-- and, for an alert, its offers, instead of carrying bodies rendered in the job. The unsubscribe URL is composed
-- with them and no longer stored.
-- CreateEnum
CREATE TYPE "MailComposition" AS ENUM ('SEARCH_ALERT', 'ALERT_REMINDER', 'OFFER_REMINDER');

-- AlterTable
ALTER TABLE "OutboxMail" DROP COLUMN "listUnsubscribe",
ADD COLUMN     "alertMatchCount" INTEGER,
ADD COLUMN     "alertOfferIds" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "composition" "MailComposition",
ADD COLUMN     "reminderFor" TIMESTAMP(3);
