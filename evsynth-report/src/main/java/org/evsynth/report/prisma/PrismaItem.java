package org.evsynth.report.prisma;

/**
 * A named count on the diagram: a database, a register or a reason for exclusion.
 *
 * @param name what is counted
 * @param count the count
 */
public record PrismaItem(String name, PrismaCount count) {
}
