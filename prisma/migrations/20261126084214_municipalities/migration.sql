-- AlterEnum
ALTER TYPE "OfferEventType" ADD VALUE 'ADVICE_REQUESTED';
ALTER TYPE "OfferEventType" ADD VALUE 'EXTENDED_BY_MUNICIPALITY';

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "personalDataErasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Region" DROP COLUMN "privacyPolicyUrl",
ADD COLUMN     "accentColor" TEXT,
ADD COLUMN     "embedOrigins" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "logoUrl" TEXT;

-- CreateTable
CREATE TABLE "StaffSignIn" (
    "id" UUID NOT NULL,
    "regionSlug" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffSignIn_tokenHash_key" ON "StaffSignIn"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffSignIn_regionSlug_createdAt_idx" ON "StaffSignIn"("regionSlug", "createdAt");

-- AddForeignKey
ALTER TABLE "StaffSignIn" ADD CONSTRAINT "StaffSignIn_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;
