-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('SUSPICIOUS', 'TAKEN', 'WRONG_INFORMATION', 'OTHER');

-- CreateTable
CREATE TABLE "OfferReport" (
    "id" BIGSERIAL NOT NULL,
    "regionSlug" TEXT NOT NULL,
    "offerId" UUID,
    "reason" "ReportReason" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "OfferReport_regionSlug_createdAt_idx" ON "OfferReport"("regionSlug", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

-- AddForeignKey
ALTER TABLE "OfferReport" ADD CONSTRAINT "OfferReport_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferReport" ADD CONSTRAINT "OfferReport_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
