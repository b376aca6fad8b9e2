#!/usr/bin/env bash
# Creates one database per service, owned by its own login, on the first start of an empty
# data directory (run from /docker-entrypoint-initdb.d by the postgres image, in docker
# compose and Kubernetes). Passwords come from the environment, never from this file.
set -euo pipefail

: "${USER_DB_PASSWORD:?USER_DB_PASSWORD must be set}"
: "${ORDER_DB_PASSWORD:?ORDER_DB_PASSWORD must be set}"
: "${NOTIFICATION_DB_PASSWORD:?NOTIFICATION_DB_PASSWORD must be set}"

create_database() {
  local login=$1 database=$2 password=$3
  # psql variables (:"name", :'literal') quote the values, so no password can break the SQL
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    --set=login="$login" --set=database="$database" --set=password="$password" <<'SQL'
CREATE ROLE :"login" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"login";
-- only the owner may connect: one service cannot read another's data
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database users users "$USER_DB_PASSWORD"
create_database orders orders "$ORDER_DB_PASSWORD"
create_database notifications notifications "$NOTIFICATION_DB_PASSWORD"
