-- CreateEnum
CREATE TYPE "RentType" AS ENUM ('RENTED', 'FREE', 'FREE_THEN_RENT');

-- The two checkboxes become one choice: every offer keeps its meaning. Free offers stored no rent figures, so
-- an offer that was free at first keeps "rent later by arrangement" (no figures) until its landlord adds them.
ALTER TABLE "Offer" ADD COLUMN "rentType" "RentType";
UPDATE "Offer" SET "rentType" = CASE
  WHEN "freeOfCharge" AND "rentLater" THEN 'FREE_THEN_RENT'::"RentType"
  WHEN "freeOfCharge" THEN 'FREE'::"RentType"
  ELSE 'RENTED'::"RentType"
END;
ALTER TABLE "Offer" ALTER COLUMN "rentType" SET NOT NULL,
DROP COLUMN "freeOfCharge",
DROP COLUMN "rentLater";
