-- CreateIndex
CREATE INDEX "OfferEvent_offerId_idx" ON "OfferEvent"("offerId");

-- CreateIndex
CREATE INDEX "OfferReport_offerId_idx" ON "OfferReport"("offerId");

-- CreateIndex
CREATE INDEX "OutboxMail_offerId_idx" ON "OutboxMail"("offerId");
