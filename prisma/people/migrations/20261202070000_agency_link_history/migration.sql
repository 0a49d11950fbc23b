-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgencyLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "madeHow" TEXT NOT NULL,
    "linkedBy" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referralId" TEXT,
    "endedAt" DATETIME,
    "endedBy" TEXT,
    "endReason" TEXT,
    CONSTRAINT "AgencyLink_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Links made before links had a history were made by registering the person.
INSERT INTO "new_AgencyLink" ("id", "agency", "linkedAt", "linkedBy", "personId", "madeHow")
  SELECT lower(hex(randomblob(16))), "agency", "linkedAt", "linkedBy", "personId", 'REGISTERED' FROM "AgencyLink";
DROP TABLE "AgencyLink";
ALTER TABLE "new_AgencyLink" RENAME TO "AgencyLink";
CREATE INDEX "AgencyLink_agency_endedAt_personId_idx" ON "AgencyLink"("agency", "endedAt", "personId");
CREATE INDEX "AgencyLink_personId_agency_idx" ON "AgencyLink"("personId", "agency");
CREATE INDEX "AgencyLink_madeHow_linkedAt_idx" ON "AgencyLink"("madeHow", "linkedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

