-- CreateTable
CREATE TABLE "SocialCareRecord" (
    "personId" TEXT NOT NULL PRIMARY KEY,
    "lookedAfterStatus" TEXT NOT NULL,
    "allocatedWorker" TEXT,
    "allocatedWorkerTeam" TEXT,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TeamInvolvement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "worker" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "reason" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SafeguardingNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "recordedOn" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "concern" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL,
    "actionTaken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "TeamInvolvement_personId_idx" ON "TeamInvolvement"("personId");

-- CreateIndex
CREATE INDEX "SafeguardingNote_personId_idx" ON "SafeguardingNote"("personId");

