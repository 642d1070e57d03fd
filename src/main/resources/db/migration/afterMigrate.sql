-- After every migration (a Flyway callback, not a versioned script): what the analysts' read-only role may read,
-- where the role exists (pubstats makes it on its embedded server; docs/analyst-role.sql on a server of one's own).
-- The analyst views (v_*) and the figure tables, nothing else: not the rows behind them, not the batch metadata.
-- Re-granted each time, so a view a new migration makes or replaces is readable at once.
DO $$
DECLARE
    object_name text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pubstats_analyst') THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO pubstats_analyst', current_schema());
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM pubstats_analyst', current_schema());
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM pubstats_analyst', current_schema());
    FOR object_name IN
        SELECT viewname FROM pg_views WHERE schemaname = current_schema() AND viewname LIKE 'v\_%'
        UNION ALL
        SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
           AND tablename IN ('county_figures', 'department_figures', 'month_figures', 'channel_figures', 'category_figures')
    LOOP
        EXECUTE format('GRANT SELECT ON %I.%I TO pubstats_analyst', current_schema(), object_name);
    END LOOP;
END
$$;
