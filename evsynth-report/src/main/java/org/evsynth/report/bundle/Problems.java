package org.evsynth.report.bundle;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a bundle is read, so that one bad key does not hide the next. */
final class Problems {

    private final List<BundleProblem> list = new ArrayList<>();

    void add(String file, int line, String path, String message) {
        list.add(new BundleProblem(file, line, path, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    void throwIfAny() throws BundleException {
        if (!list.isEmpty()) {
            throw new BundleException(list);
        }
    }
}
