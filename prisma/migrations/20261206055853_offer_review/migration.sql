-- CreateEnum
CREATE TYPE "ReviewMode" AS ENUM ('OFF', 'FIRST_OFFER', 'EVERY_OFFER');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('INCOMPLETE', 'DOUBTFUL', 'NOT_HOUSING', 'DUPLICATE', 'OTHER');

-- AlterEnum
ALTER TYPE "DeletionReason" ADD VALUE 'REJECTED';

-- AlterEnum
ALTER TYPE "OfferEventType" ADD VALUE 'REVIEW_REQUESTED';
ALTER TYPE "OfferEventType" ADD VALUE 'APPROVED';
ALTER TYPE "OfferEventType" ADD VALUE 'REJECTED';

-- AlterEnum
ALTER TYPE "OfferStatus" ADD VALUE 'IN_REVIEW';

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "contactEmailHash" TEXT,
ADD COLUMN     "rejectionReason" "RejectionReason";

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "review" "ReviewMode" NOT NULL DEFAULT 'OFF';

-- CreateIndex
CREATE INDEX "Offer_regionSlug_contactEmailHash_idx" ON "Offer"("regionSlug", "contactEmailHash");
