package org.pubstats.warehouse;

import java.util.concurrent.Callable;

import org.springframework.core.task.TaskDecorator;

/**
 * The county a thread works for in a region run: the PostgreSQL schema that holds that county's warehouse
 * ({@code county_<n>}, see {@link CountySchemas}). Unset — an ordinary county run — the warehouse is the
 * database's own schema, as it always was. {@link CountySchemaDataSource} puts the schema first in the
 * search path of every connection the thread takes, so the county's rows, items, figures and runs stay in
 * its schema while every query of the county run stays as it is. Threads started while it is set inherit it
 * (the review's and the export's pools); the load step's pooled threads take it from the task
 * ({@link #propagating()}).
 */
public final class CountySchema {

    private static final InheritableThreadLocal<String> CURRENT = new InheritableThreadLocal<>();

    private CountySchema() {
    }

    /** The schema of this thread's county, or null (the database's own schema). */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with the warehouse of {@code schema} (null: the database's own). */
    public static <T> T in(String schema, Callable<T> work) throws Exception {
        String before = CURRENT.get();
        set(schema);
        try {
            return work.call();
        } finally {
            set(before);
        }
    }

    static void set(String schema) {
        if (schema == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(schema);
        }
    }

    /** Carries the submitting thread's county to a pooled thread, for the task only. */
    public static TaskDecorator propagating() {
        return task -> {
            String schema = CURRENT.get();
            return () -> {
                String before = CURRENT.get();
                set(schema);
                try {
                    task.run();
                } finally {
                    set(before);
                }
            };
        };
    }
}
