-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnBy" TEXT,
    "withdrawalReason" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedByAgency" TEXT,
    "evidence" TEXT NOT NULL,
    "evidenceNote" TEXT,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyLinkCopy" (
    "linkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "madeHow" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "AgencyLinkCopy_pkey" PRIMARY KEY ("linkId")
);

-- CreateTable
CREATE TABLE "ConsentCategory" (
    "consentId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    CONSTRAINT "ConsentCategory_pkey" PRIMARY KEY ("consentId","category")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "sequence" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
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
    "correlationId" TEXT,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "BreakGlassAccess" (
    "requestId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "subject" TEXT NOT NULL,
    "agency" TEXT,
    "role" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "reviewedBy" TEXT,
    "finding" TEXT,
    "reviewNote" TEXT,

    CONSTRAINT "BreakGlassAccess_pkey" PRIMARY KEY ("requestId")
);

-- CreateIndex
CREATE INDEX "Consent_personId_agency_idx" ON "Consent"("personId", "agency");

-- CreateIndex
CREATE INDEX "Consent_recordedByAgency_givenAt_idx" ON "Consent"("recordedByAgency", "givenAt");

-- CreateIndex
CREATE INDEX "AgencyLinkCopy_agency_personId_endedAt_idx" ON "AgencyLinkCopy"("agency", "personId", "endedAt");

-- CreateIndex
CREATE INDEX "ConsentCategory_personId_agency_category_idx" ON "ConsentCategory"("personId", "agency", "category");

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

-- CreateIndex
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");

-- CreateIndex
CREATE INDEX "BreakGlassAccess_reviewedAt_at_idx" ON "BreakGlassAccess"("reviewedAt", "at");

-- AddForeignKey
ALTER TABLE "ConsentCategory" ADD CONSTRAINT "ConsentCategory_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

