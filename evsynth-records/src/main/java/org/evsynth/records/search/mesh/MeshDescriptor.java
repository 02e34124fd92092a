package org.evsynth.records.search.mesh;

import java.util.List;
import java.util.Objects;

/**
 * One MeSH descriptor: its preferred name, its places in the tree and the other names it is found under.
 *
 * @param name        the preferred name, "Intervertebral Disc Displacement"
 * @param treeNumbers its tree numbers, "C05.116.900.853.625.800.424"
 * @param entryTerms  other names of the descriptor ("Intervertebral Disk Displacement"), empty when read from
 *                    mtrees, which lists preferred names only
 */
public record MeshDescriptor(String name, List<String> treeNumbers, List<String> entryTerms) {

    public MeshDescriptor {
        Objects.requireNonNull(name, "name");
        treeNumbers = List.copyOf(treeNumbers);
        entryTerms = List.copyOf(entryTerms);
    }
}
