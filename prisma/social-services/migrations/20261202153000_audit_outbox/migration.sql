-- The audit outbox (docs/AUDIT_LOG.md, "The audit outbox"): audit entries committed here before an
-- answer leaves, deleted once the consent subgraph has appended them to the Merkle log.
-- CreateTable
CREATE TABLE "AuditOutbox" (
    "sequence" BIGSERIAL NOT NULL,
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

    CONSTRAINT "AuditOutbox_pkey" PRIMARY KEY ("sequence")
);
