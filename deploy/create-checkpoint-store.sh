#!/usr/bin/env bash
# Run once by the audit-checkpoints postgres image on its first start (/docker-entrypoint-initdb.d):
# the audit log's checkpoint table (subgraphs/consent/audit-log/checkpoint-postgres-store.ts,
# CHECKPOINT_TABLE_SQL: keep the two the same), a trigger that refuses to change or remove a row,
# and the consent service's role, which may read and add checkpoints and do nothing else.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname "${POSTGRES_DB}" \
  -v password="${AUDIT_CHECKPOINT_DB_PASSWORD:?AUDIT_CHECKPOINT_DB_PASSWORD must be set}" <<'SQL'
CREATE TABLE "AuditCheckpoint" (
  "size"      INTEGER PRIMARY KEY CHECK ("size" > 0),
  "note"      TEXT NOT NULL,
  "rightEdge" BYTEA[] NOT NULL,
  "signedAt"  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE FUNCTION audit_checkpoint_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION 'audit checkpoints are never changed or removed'; END $$;
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_is_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_is_append_only();
CREATE ROLE consent_checkpoints LOGIN PASSWORD :'password';
REVOKE ALL ON DATABASE audit_checkpoints FROM PUBLIC;
GRANT CONNECT ON DATABASE audit_checkpoints TO consent_checkpoints;
GRANT USAGE ON SCHEMA public TO consent_checkpoints;
GRANT SELECT, INSERT ON "AuditCheckpoint" TO consent_checkpoints;
SQL
