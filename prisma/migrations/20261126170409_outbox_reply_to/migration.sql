-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "replyTo" TEXT;
