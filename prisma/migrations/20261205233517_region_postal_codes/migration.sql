-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "postalCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];
