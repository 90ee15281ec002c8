-- AlterTable
ALTER TABLE "Offer" DROP COLUMN "rejectionReason",
ADD COLUMN     "pendingDescription" TEXT,
ADD COLUMN     "pendingSince" TIMESTAMP(3),
ADD COLUMN     "pendingTitle" TEXT;

-- AlterTable
ALTER TABLE "OfferEvent" ADD COLUMN     "rejectionReason" "RejectionReason";
