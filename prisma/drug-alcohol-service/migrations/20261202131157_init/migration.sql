-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TreatmentRecord" (
    "personId" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatmentRecord_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "TreatmentEntry" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "happenedOn" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TreatmentEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TreatmentEntry_personId_idx" ON "TreatmentEntry"("personId");

