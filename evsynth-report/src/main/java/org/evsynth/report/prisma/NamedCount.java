package org.evsynth.report.prisma;

/**
 * A count with a name of its own: one database or register searched, or one reason for excluding reports.
 *
 * @param name the database, register or reason
 * @param count the number, null when not reported
 */
public record NamedCount(String name, Long count) {
}
