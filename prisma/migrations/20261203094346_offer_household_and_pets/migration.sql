-- Who lives there already and the kind of household (unknown, so NULL, for offers made before the form asked),
-- "free at first, rent later", LGBTIQ-friendly, and cats / dogs / other pets instead of one "pets allowed".
CREATE TYPE "Residents" AS ENUM ('NOBODY', 'LANDLORD', 'OTHERS');

CREATE TYPE "HostType" AS ENUM ('SINGLE_PERSON', 'COUPLE', 'FAMILY_WITH_CHILDREN', 'SHARED_FLAT');

ALTER TABLE "Offer"
ADD COLUMN     "catsAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "dogsAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "otherPetsAllowed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hostType" "HostType",
ADD COLUMN     "lgbtiqFriendly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rentLater" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "residentCount" INTEGER,
ADD COLUMN     "residents" "Residents";

-- An offer that allowed pets allowed every kind: it stays as it was.
UPDATE "Offer" SET "catsAllowed" = true, "dogsAllowed" = true, "otherPetsAllowed" = true WHERE "petsAllowed";

ALTER TABLE "Offer" DROP COLUMN "petsAllowed";
