-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "preferredName" TEXT,
    "dateOfBirth" TEXT NOT NULL,
    "nationalInsuranceNumber" TEXT,
    "postcode" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "matchName" TEXT NOT NULL,
    "matchPostcode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AgencyLink" (
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "linkedBy" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("personId", "agency"),
    CONSTRAINT "AgencyLink_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_nationalInsuranceNumber_key" ON "Person"("nationalInsuranceNumber");

-- CreateIndex
CREATE INDEX "Person_matchName_dateOfBirth_matchPostcode_idx" ON "Person"("matchName", "dateOfBirth", "matchPostcode");

-- CreateIndex
CREATE INDEX "Person_familyName_idx" ON "Person"("familyName");

-- CreateIndex
CREATE INDEX "AgencyLink_agency_personId_idx" ON "AgencyLink"("agency", "personId");

