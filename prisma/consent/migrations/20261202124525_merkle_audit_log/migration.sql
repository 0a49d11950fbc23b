-- The audit log becomes a Merkle log (RFC 9162; docs/AUDIT_LOG.md). Every entry of the old SHA-256
-- hash chain stays, with its fields and its old hashes as written, and becomes a leaf: in sequence
-- order, leaf index 0, 1, 2, ..., its leaf hash computed here from its fields by the leaf encoding
-- of docs/AUDIT_LOG.md §1. The tree state the next append extends is computed from those leaf
-- hashes, and the old chain's head is recorded for the first checkpoint to name (the key that
-- signs checkpoints is not in the database, so the hub signs it on its first start).

-- DropIndex
DROP INDEX "AuditEvent_hash_key";

-- The old chain's hashes, kept as written; entries appended from now on have none.
ALTER TABLE "AuditEvent" RENAME COLUMN "previousHash" TO "legacyPreviousHash";
ALTER TABLE "AuditEvent" RENAME COLUMN "hash" TO "legacyHash";
ALTER TABLE "AuditEvent" ALTER COLUMN "legacyPreviousHash" DROP NOT NULL,
ALTER COLUMN "legacyHash" DROP NOT NULL,
ADD COLUMN     "leafHash" BYTEA,
ADD COLUMN     "leafIndex" INTEGER;

-- docs/AUDIT_LOG.md §1: absent = 0x00; present = 0x01, uint32 big-endian byte length, UTF-8 bytes.
CREATE FUNCTION pg_temp.audit_leaf_field(value TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN value IS NULL THEN '\x00'::BYTEA
    ELSE '\x01'::BYTEA || int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') END
$$;

UPDATE "AuditEvent" AS entry
SET "leafIndex" = ordered.position - 1,
    "leafHash" = sha256('\x00'::BYTEA || '\x01'::BYTEA
      || pg_temp.audit_leaf_field(entry."subject") || pg_temp.audit_leaf_field(entry."agency")
      || pg_temp.audit_leaf_field(entry."role") || pg_temp.audit_leaf_field(entry."personId")
      || pg_temp.audit_leaf_field(entry."subgraph") || pg_temp.audit_leaf_field(entry."fieldPath")
      || pg_temp.audit_leaf_field(entry."category") || pg_temp.audit_leaf_field(entry."decision")
      || pg_temp.audit_leaf_field(entry."reason") || pg_temp.audit_leaf_field(entry."consentId")
      || pg_temp.audit_leaf_field(entry."justification") || pg_temp.audit_leaf_field(entry."requestId")
      || pg_temp.audit_leaf_field(entry."correlationId")
      -- `at` is UTC in a column without a time zone, written as JavaScript's toISOString() writes it
      || pg_temp.audit_leaf_field(to_char(entry."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
FROM (SELECT "sequence", row_number() OVER (ORDER BY "sequence") AS position FROM "AuditEvent") AS ordered
WHERE ordered."sequence" = entry."sequence";

ALTER TABLE "AuditEvent" ALTER COLUMN "leafHash" SET NOT NULL,
ALTER COLUMN "leafIndex" SET NOT NULL;

-- CreateTable
CREATE TABLE "AuditTreeState" (
    "id" INTEGER NOT NULL DEFAULT 1 CHECK ("id" = 1),
    "size" INTEGER NOT NULL,
    "rightEdge" BYTEA[],
    "root" BYTEA NOT NULL,

    CONSTRAINT "AuditTreeState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLegacyChain" (
    "id" INTEGER NOT NULL DEFAULT 1 CHECK ("id" = 1),
    "entries" INTEGER NOT NULL,
    "headSequence" INTEGER NOT NULL,
    "headHash" TEXT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLegacyChain_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_leafIndex_key" ON "AuditEvent"("leafIndex");

-- The tree state over the leaves above, as subgraphs/consent/audit-log/tree-state.ts appendLeaves
-- computes it: each leaf merges the trailing perfect subtrees of the size before it
-- (node hash = SHA-256(0x01 || left || right)); the root folds the right edge from the right.
DO $$
DECLARE
  edge BYTEA[] := '{}';
  leaves INTEGER := 0;
  merged BYTEA;
  bits INTEGER;
  root BYTEA;
BEGIN
  FOR merged IN SELECT "leafHash" FROM "AuditEvent" ORDER BY "leafIndex" LOOP
    bits := leaves;
    WHILE bits % 2 = 1 LOOP
      merged := sha256('\x01'::BYTEA || edge[cardinality(edge)] || merged);
      edge := edge[1:cardinality(edge) - 1];
      bits := bits / 2;
    END LOOP;
    edge := edge || merged;
    leaves := leaves + 1;
  END LOOP;
  IF leaves = 0 THEN
    root := sha256(''::BYTEA);
  ELSE
    root := edge[cardinality(edge)];
    FOR i IN REVERSE cardinality(edge) - 1 .. 1 LOOP
      root := sha256('\x01'::BYTEA || edge[i] || root);
    END LOOP;
  END IF;
  INSERT INTO "AuditTreeState" ("id", "size", "rightEdge", "root") VALUES (1, leaves, edge, root);
END $$;

-- The head of the old chain: the last entry's sequence and hash.
INSERT INTO "AuditLegacyChain" ("id", "entries", "headSequence", "headHash")
SELECT 1, (SELECT count(*) FROM "AuditEvent"), "sequence", "legacyHash"
FROM "AuditEvent" ORDER BY "sequence" DESC LIMIT 1;
