-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "landlordChecked" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CheckedLandlord" (
    "regionSlug" TEXT NOT NULL,
    "contactEmailHash" TEXT NOT NULL,
    "checkedBy" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckedLandlord_pkey" PRIMARY KEY ("regionSlug","contactEmailHash")
);

-- AddForeignKey
ALTER TABLE "CheckedLandlord" ADD CONSTRAINT "CheckedLandlord_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Region"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;
