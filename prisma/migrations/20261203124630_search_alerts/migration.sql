-- CreateEnum
CREATE TYPE "SearchAlertStatus" AS ENUM ('PENDING_CONFIRMATION', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY');

-- CreateEnum
CREATE TYPE "AlertEndReason" AS ENUM ('UNSUBSCRIBED', 'EXPIRED', 'UNCONFIRMED');

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "alertsMatchedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "listUnsubscribe" TEXT,
ADD COLUMN     "searchAlertId" UUID;

-- CreateTable
CREATE TABLE "SearchAlert" (
    "id" UUID NOT NULL,
    "regionSlug" TEXT NOT NULL,
    "status" "SearchAlertStatus" NOT NULL DEFAULT 'PENDING_CONFIRMATION',
    "tokenHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "search" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "privacyPolicyVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "newSince" TIMESTAMP(3),
    "remindedFor" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endReason" "AlertEndReason",

    CONSTRAINT "SearchAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchAlert_tokenHash_key" ON "SearchAlert"("tokenHash");

-- CreateIndex
CREATE INDEX "SearchAlert_status_regionSlug_idx" ON "SearchAlert"("status", "regionSlug");

-- CreateIndex
CREATE INDEX "SearchAlert_status_expiresAt_idx" ON "SearchAlert"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Offer_status_alertsMatchedAt_idx" ON "Offer"("status", "alertsMatchedAt");

-- CreateIndex
CREATE INDEX "OutboxMail_searchAlertId_idx" ON "OutboxMail"("searchAlertId");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_searchAlertId_fkey" FOREIGN KEY ("searchAlertId") REFERENCES "SearchAlert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchAlert" ADD CONSTRAINT "SearchAlert_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Offers published before alerts existed are no news to anyone.
UPDATE "Offer" SET "alertsMatchedAt" = now() WHERE "status" <> 'PENDING_CONFIRMATION';
