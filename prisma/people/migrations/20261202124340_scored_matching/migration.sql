-- Scored matching (issue 15): each name's phonetic code, a previous family name, and the blocking indexes.
-- Rows registered before this have empty codes: they are still found by NI number, date of birth and postcode.
-- DropIndex
DROP INDEX "Person_dateOfBirth_idx";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "familyNameCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "givenNameCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "matchPreviousFamilyName" TEXT,
ADD COLUMN     "previousFamilyName" TEXT;

-- CreateIndex
CREATE INDEX "Person_dateOfBirth_id_idx" ON "Person"("dateOfBirth", "id");

-- CreateIndex
CREATE INDEX "Person_familyNameCode_dateOfBirth_id_idx" ON "Person"("familyNameCode", "dateOfBirth", "id");

-- CreateIndex
CREATE INDEX "Person_givenNameCode_familyNameCode_dateOfBirth_id_idx" ON "Person"("givenNameCode", "familyNameCode", "dateOfBirth", "id");

-- CreateIndex
CREATE INDEX "Person_givenNameCode_dateOfBirth_id_idx" ON "Person"("givenNameCode", "dateOfBirth", "id");

-- CreateIndex
CREATE INDEX "Person_matchPostcode_givenNameCode_familyNameCode_id_idx" ON "Person"("matchPostcode", "givenNameCode", "familyNameCode", "id");

