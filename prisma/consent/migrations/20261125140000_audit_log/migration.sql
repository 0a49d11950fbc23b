-- CreateTable
CREATE TABLE "AuditEvent" (
    "sequence" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "subject" TEXT NOT NULL,
    "agency" TEXT,
    "role" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "subgraph" TEXT NOT NULL,
    "fieldPath" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "consentId" TEXT,
    "justification" TEXT,
    "requestId" TEXT NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "BreakGlassReview" (
    "auditSequence" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reviewedBy" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finding" TEXT NOT NULL,
    CONSTRAINT "BreakGlassReview_auditSequence_fkey" FOREIGN KEY ("auditSequence") REFERENCES "AuditEvent" ("sequence") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_personId_sequence_idx" ON "AuditEvent"("personId", "sequence");

-- CreateIndex
CREATE INDEX "AuditEvent_agency_sequence_idx" ON "AuditEvent"("agency", "sequence");

-- CreateIndex
CREATE INDEX "AuditEvent_subject_sequence_idx" ON "AuditEvent"("subject", "sequence");

-- CreateIndex
CREATE INDEX "AuditEvent_reason_sequence_idx" ON "AuditEvent"("reason", "sequence");

