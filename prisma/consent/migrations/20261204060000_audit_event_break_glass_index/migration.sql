-- Every append maintains each index of "AuditEvent", for every entry. Two of them served no query of
-- their own: nothing filters the log by reason alone, and only the break-glass review looks entries
-- up by request id (subgraphs/consent/break-glass-accesses.ts), for break-glass entries alone. A
-- partial index holds just those, so an ordinary entry is appended with two index insertions fewer
-- (BENCHMARKS.md, "Two indexes fewer on the audit log"). Prisma 6 cannot declare a partial index:
-- it is here, and schema.prisma says so.
-- DropIndex
DROP INDEX "AuditEvent_reason_sequence_idx";

-- DropIndex
DROP INDEX "AuditEvent_requestId_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_breakGlass_requestId_idx" ON "AuditEvent"("requestId") WHERE "reason" = 'BREAK_GLASS';
