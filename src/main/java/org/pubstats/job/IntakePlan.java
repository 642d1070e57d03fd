package org.pubstats.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pubstats.intake.InboxFile;
import org.pubstats.intake.SkipReason;
import org.pubstats.intake.TableFormatRegistry;
import org.pubstats.warehouse.FileRegistry.ActiveVersion;

/**
 * What a run does with an inbox, before it does anything: the files it reads (new ones, and changed ones that
 * replace their active version), the entries it lists as skipped, the files it keeps, and the active files of
 * the inbox that are no longer there and would be withdrawn. The plan step carries it out; {@code run --dry-run}
 * only prints it.
 */
public record IntakePlan(List<Change> changes, Set<String> replacing, int unchanged, Set<String> toWithdraw,
                         int activeBefore) {

    /** A file new or changed since the active version, in inbox order: read it, or list it as skipped with why. */
    public record Change(InboxFile file, SkipReason skip) {

        public boolean read() {
            return skip == null;
        }
    }

    public static IntakePlan of(List<InboxFile> inbox, Map<String, ActiveVersion> active, String fingerprint,
                                TableFormatRegistry formats) {
        Set<String> gone = new TreeSet<>(active.keySet());
        List<Change> changes = new ArrayList<>();
        Set<String> replacing = new HashSet<>();
        int unchanged = 0;
        for (InboxFile file : inbox) {
            gone.remove(file.relPath());
            ActiveVersion version = active.get(file.relPath());
            if (version != null && version.sha256().equals(file.sha256()) && version.fingerprint().equals(fingerprint)) {
                unchanged++;
                continue;
            }
            if (version != null) {
                replacing.add(file.relPath());
            }
            if (!file.readable()) {
                changes.add(new Change(file, file.skip()));
            } else if (formats.forFile(file.relPath()).isEmpty()) {
                changes.add(new Change(file, SkipReason.unsupported()));
            } else {
                changes.add(new Change(file, null));
            }
        }
        return new IntakePlan(List.copyOf(changes), Set.copyOf(replacing), unchanged,
                Collections.unmodifiableSet(gone), active.size());
    }

    public List<InboxFile> toRead() {
        return changes.stream().filter(Change::read).map(Change::file).toList();
    }

    public List<Change> toSkip() {
        return changes.stream().filter(c -> !c.read()).toList();
    }
}
