-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('PENDING_CONFIRMATION', 'ACTIVE', 'EXPIRED', 'DELETED');

-- CreateEnum
CREATE TYPE "DeletionReason" AS ENUM ('BY_LANDLORD', 'PLACED', 'BY_MUNICIPALITY', 'EXPIRED', 'UNCONFIRMED');

-- CreateEnum
CREATE TYPE "AccommodationType" AS ENUM ('FLAT', 'ROOM', 'SHARED_ROOM', 'HOUSE');

-- CreateEnum
CREATE TYPE "OfferEventType" AS ENUM ('SUBMITTED', 'CONFIRMED', 'EXTENDED', 'DELETED_BY_LANDLORD', 'PLACED', 'DELETED_BY_MUNICIPALITY', 'EXPIRED', 'PURGED_UNCONFIRMED');

-- CreateTable
CREATE TABLE "Region" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "senderName" TEXT NOT NULL,
    "hostnames" TEXT[],
    "listingLocales" TEXT[],
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "privacyPolicyUrl" TEXT NOT NULL,
    "privacyPolicyVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" UUID NOT NULL,
    "regionSlug" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'PENDING_CONFIRMATION',
    "tokenHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "type" "AccommodationType" NOT NULL,
    "rooms" DECIMAL(3,1) NOT NULL,
    "areaSqm" INTEGER,
    "beds" INTEGER NOT NULL,
    "availableFrom" DATE NOT NULL,
    "availableUntil" DATE,
    "freeOfCharge" BOOLEAN NOT NULL,
    "coldRent" INTEGER,
    "runningCosts" INTEGER,
    "deposit" INTEGER,
    "furnished" BOOLEAN NOT NULL,
    "kitchen" BOOLEAN NOT NULL,
    "ownBathroom" BOOLEAN NOT NULL,
    "barrierFree" BOOLEAN NOT NULL,
    "petsAllowed" BOOLEAN NOT NULL,
    "smokingAllowed" BOOLEAN NOT NULL,
    "languages" TEXT[],
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT,
    "contactEmail" TEXT NOT NULL,
    "showName" BOOLEAN NOT NULL,
    "showPhone" BOOLEAN NOT NULL,
    "showEmail" BOOLEAN NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "privacyPolicyVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletionReason" "DeletionReason",
    "wantsAdvice" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferEvent" (
    "id" BIGSERIAL NOT NULL,
    "regionSlug" TEXT NOT NULL,
    "offerId" UUID,
    "type" "OfferEventType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL,
    "regionSlug" TEXT NOT NULL,
    "offerId" UUID,
    "messageId" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "bcc" TEXT,
    "subject" TEXT NOT NULL,
    "html" TEXT,
    "text" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Offer_tokenHash_key" ON "Offer"("tokenHash");

-- CreateIndex
CREATE INDEX "Offer_regionSlug_status_expiresAt_idx" ON "Offer"("regionSlug", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "Offer_status_createdAt_idx" ON "Offer"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OfferEvent_regionSlug_createdAt_idx" ON "OfferEvent"("regionSlug", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_messageId_key" ON "OutboxMail"("messageId");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_nextAttemptAt_idx" ON "OutboxMail"("sentAt", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferEvent" ADD CONSTRAINT "OfferEvent_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferEvent" ADD CONSTRAINT "OfferEvent_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
