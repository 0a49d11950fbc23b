-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "SocialCareRecord" (
    "personId" TEXT NOT NULL,
    "lookedAfterStatus" TEXT NOT NULL,
    "allocatedWorker" TEXT,
    "allocatedWorkerTeam" TEXT,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialCareRecord_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "TeamInvolvement" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "worker" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "reason" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamInvolvement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafeguardingNote" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "recordedOn" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "concern" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL,
    "actionTaken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SafeguardingNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamInvolvement_personId_idx" ON "TeamInvolvement"("personId");

-- CreateIndex
CREATE INDEX "SafeguardingNote_personId_idx" ON "SafeguardingNote"("personId");

