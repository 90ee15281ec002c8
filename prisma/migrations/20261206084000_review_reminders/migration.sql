-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "reviewReminderSentAt" TIMESTAMP(3);
