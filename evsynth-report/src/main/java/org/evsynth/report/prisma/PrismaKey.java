package org.evsynth.report.prisma;

import java.util.Locale;

/**
 * The single counts of a PRISMA 2020 flow diagram, named as the PRISMA2020 R package's template names them
 * (Haddaway et al. 2022, Campbell Systematic Reviews 18:e1230; column {@code data} of its PRISMA.csv), so that a
 * filled-in template reads unchanged.
 */
public enum PrismaKey {
    DATABASE_RESULTS("database_results", "Databases"),
    REGISTER_RESULTS("register_results", "Registers"),
    DUPLICATES("duplicates", "Duplicate records removed"),
    EXCLUDED_AUTOMATIC("excluded_automatic", "Records marked as ineligible by automation tools"),
    EXCLUDED_OTHER("excluded_other", "Records removed for other reasons"),
    RECORDS_SCREENED("records_screened", "Records screened"),
    RECORDS_EXCLUDED("records_excluded", "Records excluded"),
    DBR_SOUGHT_REPORTS("dbr_sought_reports", "Reports sought for retrieval"),
    DBR_NOTRETRIEVED_REPORTS("dbr_notretrieved_reports", "Reports not retrieved"),
    DBR_ASSESSED("dbr_assessed", "Reports assessed for eligibility"),
    DBR_EXCLUDED("dbr_excluded", "Reports excluded"),
    WEBSITE_RESULTS("website_results", "Websites"),
    ORGANISATION_RESULTS("organisation_results", "Organisations"),
    CITATIONS_RESULTS("citations_results", "Citation searching"),
    OTHER_SOUGHT_REPORTS("other_sought_reports", "Reports sought for retrieval (other methods)"),
    OTHER_NOTRETRIEVED_REPORTS("other_notretrieved_reports", "Reports not retrieved (other methods)"),
    OTHER_ASSESSED("other_assessed", "Reports assessed for eligibility (other methods)"),
    OTHER_EXCLUDED("other_excluded", "Reports excluded (other methods)"),
    NEW_STUDIES("new_studies", "Studies included in review"),
    NEW_REPORTS("new_reports", "Reports of included studies");

    private final String id;
    private final String label;

    PrismaKey(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The template's name: "records_screened". */
    public String id() {
        return id;
    }

    /** The words on the diagram: "Records screened". */
    public String label() {
        return label;
    }

    /** Whether the count belongs to the "other methods" column, drawn only when such a count is given. */
    public boolean otherMethods() {
        return id.startsWith("other_") || this == WEBSITE_RESULTS || this == ORGANISATION_RESULTS
                || this == CITATIONS_RESULTS;
    }

    /** The key with this template name (any case), or null. */
    public static PrismaKey of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (PrismaKey key : values()) {
            if (key.id.equals(wanted)) {
                return key;
            }
        }
        return null;
    }
}
