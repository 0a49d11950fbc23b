-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "givenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "withdrawnAt" DATETIME,
    "withdrawnBy" TEXT,
    "withdrawalReason" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedByAgency" TEXT,
    "evidence" TEXT NOT NULL,
    "evidenceNote" TEXT
);

-- CreateTable
CREATE TABLE "ConsentCategory" (
    "consentId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    PRIMARY KEY ("consentId", "category"),
    CONSTRAINT "ConsentCategory_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Consent_personId_agency_idx" ON "Consent"("personId", "agency");

-- CreateIndex
CREATE INDEX "ConsentCategory_personId_agency_category_idx" ON "ConsentCategory"("personId", "agency", "category");

