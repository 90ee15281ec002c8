-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('NOT_OFFERED', 'OPEN', 'PAUSED', 'FULL');

-- AlterEnum
ALTER TYPE "OfferEventType" ADD VALUE 'CONTACT_REQUESTED';

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "contactRequestCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "contactRequests" "ContactRequestStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "contactRequestsCountedFrom" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "carriesSeekerData" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "contactRequestCopies" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "contactRequestsPerOffer" INTEGER NOT NULL DEFAULT 15;

-- Offers published before contact requests existed keep how their landlords chose to be reached: those with a
-- published phone or e-mail address are not opened to requests they never asked for.
UPDATE "Offer" SET "contactRequests" = 'NOT_OFFERED' WHERE "showPhone" OR "showEmail";
