-- CreateTable
CREATE TABLE "CareersRecord" (
    "personId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "statusSince" TEXT,
    "aspirations" TEXT,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "accredited" BOOLEAN NOT NULL,
    "awardingBody" TEXT,
    "achievedOn" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "WorkHistoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "recordedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "GuidanceSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "adviser" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "nextSteps" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "startedOn" TEXT NOT NULL,
    "completedOn" TEXT,
    "status" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Qualification_personId_idx" ON "Qualification"("personId");

-- CreateIndex
CREATE INDEX "WorkHistoryEntry_personId_idx" ON "WorkHistoryEntry"("personId");

-- CreateIndex
CREATE INDEX "GuidanceSession_personId_idx" ON "GuidanceSession"("personId");

-- CreateIndex
CREATE INDEX "Course_personId_idx" ON "Course"("personId");

