package org.evsynth.report.prisma;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts a review reports for its PRISMA 2020 flow diagram. A count that is absent is unknown: the diagram says
 * so rather than guessing, and derives it only when it follows arithmetically from the counts given.
 *
 * @param given the single counts reported
 * @param databases records per database searched, in file order (may be empty)
 * @param registers records per register searched (may be empty)
 * @param reasons reports excluded per reason, databases and registers (may be empty)
 * @param otherReasons reports excluded per reason, other methods (may be empty)
 * @param notes remarks made while reading, such as template rows that are read but not drawn
 */
public record PrismaCounts(Map<PrismaKey, Long> given, List<NamedCount> databases, List<NamedCount> registers,
                           List<NamedCount> reasons, List<NamedCount> otherReasons, List<String> notes) {

    /** Copies everything, so that the counts cannot change under a diagram. */
    public PrismaCounts {
        given = given.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(given));
        databases = List.copyOf(databases);
        registers = List.copyOf(registers);
        reasons = List.copyOf(reasons);
        otherReasons = List.copyOf(otherReasons);
        notes = List.copyOf(notes);
    }

    /**
     * Just these single counts, nothing per database or reason.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public static PrismaCounts of(Map<PrismaKey, Long> given) {
        given.forEach((key, value) -> {
            if (value < 0) {
                throw new IllegalArgumentException(key.id() + " is negative (" + value + ")");
            }
        });
        return new PrismaCounts(given, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Reads a counts file; see {@link PrismaCountsReader} for the format.
     *
     * @throws PrismaInputException naming file, line and column
     */
    public static PrismaCounts read(Path file) throws IOException {
        return PrismaCountsReader.read(file);
    }

    /** Whether the diagram needs its "identification via other methods" column. */
    public boolean hasOtherMethods() {
        return !otherReasons.isEmpty() || given.keySet().stream().anyMatch(PrismaKey::otherMethods);
    }
}
