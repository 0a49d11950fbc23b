-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyLink" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "madeHow" TEXT NOT NULL,
    "linkedBy" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referralId" TEXT,
    "endedAt" TIMESTAMP(3),
    "endedBy" TEXT,
    "endReason" TEXT,

    CONSTRAINT "AgencyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryVersion" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL,
    "ownAccount" TEXT,
    "goals" TEXT NOT NULL,
    "strengths" TEXT NOT NULL,
    "barriers" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedByAgency" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "fromAgency" TEXT NOT NULL,
    "referredBy" TEXT NOT NULL,
    "toAgency" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "sharedCategories" TEXT NOT NULL,
    "consentId" TEXT,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralStatusChange" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "changedBy" TEXT NOT NULL,
    "changedByAgency" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_nationalInsuranceNumber_key" ON "Person"("nationalInsuranceNumber");

-- CreateIndex
CREATE INDEX "Person_matchName_dateOfBirth_matchPostcode_idx" ON "Person"("matchName", "dateOfBirth", "matchPostcode");

-- CreateIndex
CREATE INDEX "Person_dateOfBirth_idx" ON "Person"("dateOfBirth");

-- CreateIndex
CREATE INDEX "Person_familyName_idx" ON "Person"("familyName");

-- CreateIndex
CREATE INDEX "AgencyLink_agency_endedAt_personId_idx" ON "AgencyLink"("agency", "endedAt", "personId");

-- CreateIndex
CREATE INDEX "AgencyLink_personId_agency_idx" ON "AgencyLink"("personId", "agency");

-- CreateIndex
CREATE INDEX "AgencyLink_madeHow_linkedAt_idx" ON "AgencyLink"("madeHow", "linkedAt");

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

-- AddForeignKey
ALTER TABLE "AgencyLink" ADD CONSTRAINT "AgencyLink_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryVersion" ADD CONSTRAINT "StoryVersion_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralStatusChange" ADD CONSTRAINT "ReferralStatusChange_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

