package org.evsynth.records.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MeSH qualifiers (subheadings): Ovid writes the two-letter code ({@code Heart Failure/th}), PubMed exports the
 * name ({@code Heart Failure/therapy}); both are indexed and searched as the code.
 *
 * <p>Codes and names from the NLM MeSH qualifier list (Topical Qualifiers, MeSH 2017 and earlier, so that the
 * deprecated radiography/radionuclide imaging/ultrasonography qualifiers used in older strategies resolve).
 */
public final class Subheadings {

    private static final String[][] TABLE = {
        {"ab", "abnormalities"}, {"ad", "administration & dosage"}, {"ae", "adverse effects"},
        {"ag", "agonists"}, {"ah", "anatomy & histology"}, {"ai", "antagonists & inhibitors"},
        {"an", "analysis"}, {"bi", "biosynthesis"}, {"bl", "blood"}, {"bs", "blood supply"},
        {"cf", "cerebrospinal fluid"}, {"ch", "chemistry"}, {"ci", "chemically induced"},
        {"cl", "classification"}, {"cn", "congenital"}, {"co", "complications"}, {"cs", "chemical synthesis"},
        {"ct", "contraindications"}, {"cy", "cytology"}, {"de", "drug effects"}, {"df", "deficiency"},
        {"dg", "diagnostic imaging"}, {"dh", "diet therapy"}, {"di", "diagnosis"}, {"dt", "drug therapy"},
        {"du", "diagnostic use"}, {"ec", "economics"}, {"ed", "education"}, {"eh", "ethnology"},
        {"em", "embryology"}, {"en", "enzymology"}, {"ep", "epidemiology"}, {"es", "ethics"},
        {"et", "etiology"}, {"ge", "genetics"}, {"gd", "growth & development"}, {"hi", "history"},
        {"im", "immunology"}, {"in", "injuries"}, {"ip", "isolation & purification"}, {"ir", "innervation"},
        {"is", "instrumentation"}, {"lj", "legislation & jurisprudence"}, {"ma", "manpower"},
        {"me", "metabolism"}, {"mi", "microbiology"}, {"mo", "mortality"}, {"mt", "methods"},
        {"nu", "nursing"}, {"og", "organization & administration"}, {"pa", "pathology"},
        {"pc", "prevention & control"}, {"pd", "pharmacology"}, {"ph", "physiology"},
        {"pk", "pharmacokinetics"}, {"po", "poisoning"}, {"pp", "physiopathology"}, {"ps", "parasitology"},
        {"px", "psychology"}, {"py", "pathogenicity"}, {"ra", "radiography"}, {"rd", "radiation dosage"},
        {"re", "radiation effects"}, {"rh", "rehabilitation"}, {"ri", "radionuclide imaging"},
        {"rt", "radiotherapy"}, {"sc", "secondary"}, {"sd", "supply & distribution"}, {"se", "secretion"},
        {"sn", "statistics & numerical data"}, {"st", "standards"}, {"su", "surgery"},
        {"th", "therapy"}, {"tm", "transmission"}, {"to", "toxicity"}, {"tr", "transplantation"},
        {"tu", "therapeutic use"}, {"ul", "ultrastructure"}, {"ur", "urine"}, {"us", "ultrasonography"},
        {"ut", "utilization"}, {"ve", "veterinary"}, {"vi", "virology"},
    };

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String[] row : TABLE) {
            CODES.put(row[0], row[0]);
            CODES.put(TextNormalizer.phrase(row[1]), row[0]);
        }
        // "pathophysiology" is the current name of pp; PubMed's [sh] accepts it
        CODES.put("pathophysiology", "pp");
    }

    private Subheadings() {
    }

    /** True for a two-letter code of a MeSH qualifier ({@code dt}, {@code th}). */
    public static boolean isCode(String text) {
        String code = text.replace("*", "").toLowerCase(Locale.ROOT);
        for (String[] row : TABLE) {
            if (row[0].equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The name of a qualifier code ("drug therapy" for dt), or the code when it is not one. */
    public static String name(String code) {
        for (String[] row : TABLE) {
            if (row[0].equals(code)) {
                return row[1];
            }
        }
        return code;
    }

    /** The two-letter code for a code or a qualifier name; unknown qualifiers come back folded, unchanged. */
    public static String code(String codeOrName) {
        String key = TextNormalizer.phrase(codeOrName.replace("*", ""));
        return CODES.getOrDefault(key, key.toLowerCase(Locale.ROOT));
    }
}
