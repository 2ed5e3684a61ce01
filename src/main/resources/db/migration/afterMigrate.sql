-- Flyway runs this after every migrate (a callback, not a migration), as the role that ran the
-- migrations: in Kubernetes the migration Job, logged in as the database's owner (campus). The API
-- replicas log in as campus_app (k8s/base/postgres-cluster.yaml, managed.roles): that role reads and
-- writes rows of every table and uses every sequence, but owns nothing and cannot create, alter or
-- drop anything, so a compromised replica cannot change the schema. Re-granting after every
-- migrate covers the tables each new migration adds. Where the role does not exist (dev, tests)
-- nothing happens.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'campus_app') THEN
        REVOKE CREATE ON SCHEMA "${flyway:defaultSchema}" FROM PUBLIC;
        REVOKE CREATE ON SCHEMA "${flyway:defaultSchema}" FROM campus_app;
        GRANT USAGE ON SCHEMA "${flyway:defaultSchema}" TO campus_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${flyway:defaultSchema}" TO campus_app;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "${flyway:defaultSchema}" TO campus_app;
        -- Replicas only check the schema history (validate-at-start); they never write it.
        REVOKE INSERT, UPDATE, DELETE ON "${flyway:defaultSchema}"."${flyway:table}" FROM campus_app;
    END IF;
END
$$;
