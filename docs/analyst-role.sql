-- The analysts' read-only role on a PostgreSQL server of one's own (SPRING_DATASOURCE_URL); the embedded server
-- makes it by itself. Run as a superuser (or the owner of the pubstats database), connected to that database:
--
--   psql -v analyst_password='a long secret' -d pubstats -f docs/analyst-role.sql
--
-- What the role may read is granted by pubstats after every migration (src/main/resources/db/migration/
-- afterMigrate.sql): the next `./pubstats run` or `report` grants it; the same grants follow here for at once.
\set ON_ERROR_STOP on
SET password_encryption = 'scram-sha-256';
SELECT format('CREATE ROLE pubstats_analyst LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %L',
              :'analyst_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pubstats_analyst') \gexec
SELECT format('ALTER ROLE pubstats_analyst PASSWORD %L', :'analyst_password') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO pubstats_analyst', current_database()) \gexec
\ir ../src/main/resources/db/migration/afterMigrate.sql
