-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
