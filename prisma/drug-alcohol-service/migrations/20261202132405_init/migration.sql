-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TreatmentRecord" (
    "personId" TEXT NOT NULL,
    "inTreatment" BOOLEAN NOT NULL,
    "treatmentStartedOn" TEXT,
    "primarySubstance" TEXT NOT NULL,
    "keyWorker" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatmentRecord_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "SubstitutePrescription" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "medication" TEXT NOT NULL,
    "doseMg" DOUBLE PRECISION NOT NULL,
    "supervisedConsumption" BOOLEAN NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubstitutePrescription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryMilestone" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "achievedOn" TEXT NOT NULL,
    "note" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubstitutePrescription_personId_idx" ON "SubstitutePrescription"("personId");

-- CreateIndex
CREATE INDEX "RecoveryMilestone_personId_idx" ON "RecoveryMilestone"("personId");

