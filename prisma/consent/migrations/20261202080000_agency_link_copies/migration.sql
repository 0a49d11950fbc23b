-- CreateTable
CREATE TABLE "AgencyLinkCopy" (
    "linkId" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "madeHow" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL,
    "endedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "AgencyLinkCopy_agency_personId_endedAt_idx" ON "AgencyLinkCopy"("agency", "personId", "endedAt");

-- CreateIndex
CREATE INDEX "Consent_recordedByAgency_givenAt_idx" ON "Consent"("recordedByAgency", "givenAt");

