-- The caller's own request id is kept beside the gateway's, as a correlation value only.
ALTER TABLE "AuditEvent" ADD COLUMN "correlationId" TEXT;

-- CreateTable
CREATE TABLE "BreakGlassAccess" (
    "requestId" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "subject" TEXT NOT NULL,
    "agency" TEXT,
    "role" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "reviewedAt" DATETIME,
    "reviewedBy" TEXT,
    "finding" TEXT,
    "reviewNote" TEXT
);

-- Break-glass reviews were one per audit entry; they become one per request. Earlier reviews are
-- carried over with their text as the note (they recorded no justified / not justified finding).
INSERT INTO "BreakGlassAccess" ("requestId", "at", "subject", "agency", "role", "justification", "reviewedAt", "reviewedBy", "reviewNote")
SELECT e."requestId", MIN(e."at"), MIN(e."subject"), MIN(e."agency"), MIN(e."role"), COALESCE(MIN(e."justification"), ''),
       MAX(r."reviewedAt"), MAX(r."reviewedBy"), MAX(r."finding")
FROM "AuditEvent" e LEFT JOIN "BreakGlassReview" r ON r."auditSequence" = e."sequence"
WHERE e."reason" = 'BREAK_GLASS'
GROUP BY e."requestId";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "BreakGlassReview";
PRAGMA foreign_keys=on;

-- CreateIndex
CREATE INDEX "BreakGlassAccess_reviewedAt_at_idx" ON "BreakGlassAccess"("reviewedAt", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_requestId_idx" ON "AuditEvent"("requestId");
