-- CreateTable
CREATE TABLE "StoryVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL,
    "ownAccount" TEXT,
    "goals" TEXT NOT NULL,
    "strengths" TEXT NOT NULL,
    "barriers" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedByAgency" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StoryVersion_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "fromAgency" TEXT NOT NULL,
    "referredBy" TEXT NOT NULL,
    "toAgency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sharedCategories" TEXT NOT NULL,
    "consentId" TEXT,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Referral_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferralStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "referralId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "changedBy" TEXT NOT NULL,
    "changedByAgency" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReferralStatusChange_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StoryVersion_personId_current_idx" ON "StoryVersion"("personId", "current");

-- CreateIndex
CREATE UNIQUE INDEX "StoryVersion_personId_version_key" ON "StoryVersion"("personId", "version");

-- CreateIndex
CREATE INDEX "Referral_toAgency_status_createdAt_idx" ON "Referral"("toAgency", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_status_createdAt_idx" ON "Referral"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_personId_idx" ON "Referral"("personId");

-- CreateIndex
CREATE INDEX "ReferralStatusChange_referralId_changedAt_idx" ON "ReferralStatusChange"("referralId", "changedAt");

-- CreateIndex
CREATE INDEX "Person_dateOfBirth_idx" ON "Person"("dateOfBirth");

