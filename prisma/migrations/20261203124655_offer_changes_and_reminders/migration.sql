-- Landlords and the municipality change an offer's details (events CHANGED, CHANGED_BY_MUNICIPALITY). The reminder
-- before the display time ends, once per display period (reminderSentFor), which a region can turn off. The hash of
-- the derived link token for mails the scheduled job and staff write (null for older offers until first needed).
ALTER TYPE "OfferEventType" ADD VALUE 'CHANGED';
ALTER TYPE "OfferEventType" ADD VALUE 'CHANGED_BY_MUNICIPALITY';

ALTER TABLE "Offer" ADD COLUMN     "derivedTokenHash" TEXT,
ADD COLUMN     "reminderSentFor" TIMESTAMP(3);

ALTER TABLE "Region" ADD COLUMN     "reminders" BOOLEAN NOT NULL DEFAULT true;

CREATE UNIQUE INDEX "Offer_derivedTokenHash_key" ON "Offer"("derivedTokenHash");
