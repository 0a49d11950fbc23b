#!/usr/bin/env bash
# Run once by the postgres image on its first start (/docker-entrypoint-initdb.d): one login role
# and one database per subgraph, each role owning only its own database, so a subgraph that is
# broken into reads no other agency's data. Passwords come from <SUBGRAPH>_DB_PASSWORD.
set -euo pipefail
for subgraph in ${HUB_SUBGRAPHS}; do
  role="${subgraph//-/_}"
  variable="$(echo "${role}" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!variable:?${variable} must be set}"
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname postgres \
    -v role="${role}" -v password="${password}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
