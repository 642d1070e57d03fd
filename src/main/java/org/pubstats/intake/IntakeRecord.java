package org.pubstats.intake;

/**
 * What flows through the load step: source rows, their interpretation, and the file boundaries
 * that let the writer close a file's accounting in the same transaction as its last rows.
 */
public interface IntakeRecord {

    /** The file version the record belongs to. */
    FileRef file();
}
