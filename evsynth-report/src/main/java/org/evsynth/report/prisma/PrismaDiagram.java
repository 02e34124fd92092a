package org.evsynth.report.prisma;

import java.util.List;

/**
 * A PRISMA 2020 flow diagram and what a reader should know about its counts.
 *
 * @param svg the diagram as an SVG document
 * @param flow the counts as drawn: reported, derived or unknown
 * @param warnings counts that do not add up, and notes from reading; empty when all is consistent
 */
public record PrismaDiagram(String svg, PrismaFlow flow, List<String> warnings) {

    /** Copies the warnings. */
    public PrismaDiagram {
        warnings = List.copyOf(warnings);
    }

    /** Checks the counts and draws them. */
    public static PrismaDiagram of(PrismaCounts counts) {
        PrismaFlow flow = PrismaFlow.of(counts);
        return new PrismaDiagram(PrismaDrawing.draw(flow), flow, flow.warnings());
    }
}
