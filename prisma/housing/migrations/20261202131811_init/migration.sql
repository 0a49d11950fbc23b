-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "HousingRecord" (
    "personId" TEXT NOT NULL,
    "accommodationStatus" TEXT NOT NULL,
    "statusSince" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HousingRecord_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "Tenancy" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "landlord" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "support" TEXT NOT NULL,
    "supportWorker" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomelessnessApplication" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "appliedOn" TEXT NOT NULL,
    "duty" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "decidedOn" TEXT,
    "officer" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HomelessnessApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tenancy_personId_idx" ON "Tenancy"("personId");

-- CreateIndex
CREATE INDEX "HomelessnessApplication_personId_idx" ON "HomelessnessApplication"("personId");

