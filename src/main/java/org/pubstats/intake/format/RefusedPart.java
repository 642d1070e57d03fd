package org.pubstats.intake.format;

import java.io.IOException;
import org.pubstats.intake.UnreadableFileException;

/**
 * Carries the verdict on one part of an xlsx (beyond its declared size, a DTD in it …) out of a
 * stream or the XML reader, which can only throw IOExceptions, to {@link FileProblem#from}.
 */
final class RefusedPart extends IOException {

    private final transient UnreadableFileException problem;

    RefusedPart(UnreadableFileException problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    UnreadableFileException problem() {
        return problem;
    }
}
