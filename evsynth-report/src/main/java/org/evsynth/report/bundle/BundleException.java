package org.evsynth.report.bundle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An analysis bundle that cannot be used. It carries every problem found, not only the first, so a reviewer can
 * fix them in one pass; the message lists them one per line.
 */
public final class BundleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<BundleProblem> problems;

    BundleException(List<BundleProblem> problems) {
        super(problems.stream().map(BundleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<BundleProblem> problems() {
        return problems;
    }
}
