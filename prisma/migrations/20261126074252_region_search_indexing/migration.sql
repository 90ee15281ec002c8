-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "searchIndexing" BOOLEAN NOT NULL DEFAULT false;
