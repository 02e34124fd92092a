package org.evsynth.records.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.Normalize;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;

/**
 * RIS, in the flavours databases and reference managers write (EndNote, Zotero, Ovid, Embase.com, Scopus,
 * ProQuest, EBSCO, Web of Science). Tags follow the RIS specification (Research Information Systems 2011);
 * where flavours disagree the reader takes the first present of the synonyms: title TI/T1, authors AU/A1,
 * journal JF/T2/JO, abbreviation JA/J2/J1/JO, year PY/Y1/DA, abstract AB/N2.
 *
 * <p>Two tags outside the specification carry what RIS has no tag for: MH for subject headings and RG for
 * registry numbers (written by {@link RisWriter}); the PubMed id is written as "AN  - PMID:123".
 *
 * <p>Continuation lines of keyword, author and link tags are further values (EndNote writes one keyword per
 * line after a single KW tag); continuation lines of other tags are wrapped text and are joined with a space.
 */
public final class RisReader extends TaggedFormatReader {

    private static final Syntax SYNTAX = new Syntax(Pattern.compile("^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$"), "TY",
            "ER", Set.of("KW", "UR", "L1", "L2", "L3", "L4", "AU", "A1", "A2", "A3", "A4", "AD"), null, null);
    private static final Pattern DETECT = Pattern.compile("(?m)^TY {1,2}- ");
    private static final Pattern PMID_ACCESSION = Pattern.compile("PMID:\\s*(\\d+)");
    private static final Pattern OVID_NUMBER = Pattern.compile("^\\d+\\.\\s*$");
    private static final Map<String, RecordType> TYPES = Map.ofEntries(
            Map.entry("JOUR", RecordType.JOURNAL_ARTICLE), Map.entry("JFULL", RecordType.JOURNAL_ARTICLE),
            Map.entry("EJOUR", RecordType.JOURNAL_ARTICLE), Map.entry("MGZN", RecordType.JOURNAL_ARTICLE),
            Map.entry("INPR", RecordType.JOURNAL_ARTICLE), Map.entry("ABST", RecordType.JOURNAL_ARTICLE),
            Map.entry("NEWS", RecordType.OTHER), Map.entry("CONF", RecordType.CONFERENCE_PAPER),
            Map.entry("CPAPER", RecordType.CONFERENCE_PAPER), Map.entry("BOOK", RecordType.BOOK),
            Map.entry("EBOOK", RecordType.BOOK), Map.entry("EDBOOK", RecordType.BOOK),
            Map.entry("SER", RecordType.BOOK_SECTION), Map.entry("CHAP", RecordType.BOOK_SECTION),
            Map.entry("ECHAP", RecordType.BOOK_SECTION), Map.entry("THES", RecordType.THESIS),
            Map.entry("RPRT", RecordType.REPORT), Map.entry("GOVDOC", RecordType.REPORT),
            Map.entry("UNPB", RecordType.PREPRINT), Map.entry("CTRIAL", RecordType.TRIAL_REGISTRATION));

    /** The RIS type written for each record type; the reader maps each back to the same record type. */
    static final Map<RecordType, String> TYPE_TAGS = Map.of(RecordType.JOURNAL_ARTICLE, "JOUR",
            RecordType.CONFERENCE_PAPER, "CONF", RecordType.BOOK, "BOOK", RecordType.BOOK_SECTION, "CHAP",
            RecordType.THESIS, "THES", RecordType.REPORT, "RPRT", RecordType.PREPRINT, "UNPB",
            RecordType.TRIAL_REGISTRATION, "CTRIAL", RecordType.OTHER, "GEN");

    public RisReader() {
        super(SYNTAX);
    }

    @Override
    public String id() {
        return "ris";
    }

    @Override
    public boolean recognizes(String text) {
        return DETECT.matcher(FormatHead.of(text)).find();
    }

    @Override
    protected boolean isIgnorableOutside(String line) {
        // Ovid numbers its records ("1.") and writes an NL tag and a full-text link after ER.
        return OVID_NUMBER.matcher(line).matches() || parseTag(line) != null
                || line.startsWith("Link to the Ovid Full Text");
    }

    @Override
    protected BibRecord toRecord(TaggedRecord r, RecordOrigin origin, WarningSink warnings) {
        String typeTag = r.first("TY");
        BibRecord.Builder b = BibRecord.builder()
                .type(TYPES.getOrDefault(typeTag == null ? "" : typeTag.toUpperCase(Locale.ROOT), RecordType.OTHER))
                .title(r.first("TI", "T1", "CT", "ST"))
                .authors(authors(r))
                .year(year(r, warnings))
                .journal(r.first("JF", "T2", "JO", "BT", "T3"))
                .volume(r.first("VL"))
                .issue(r.first("IS", "CP"))
                .pages(pages(r))
                .issn(r.first("SN"))
                .abstractText(String.join(" ", r.all("AB", "N2")))
                .keywords(r.all("KW"))
                .meshHeadings(r.all("MH"))
                .registryNumbers(r.all("RG"))
                .publicationTypes(r.all("M3"))
                .language(r.first("LA"))
                .urls(r.all("UR", "L1", "L2", "L4"))
                .origin(origin)
                .original(r.original());
        b.journalAbbreviation(abbreviation(r, b.journal()));
        b.doi(validDoiOr(r.first("DO"), FieldValues.doiFromLinks(r.all("UR", "L2", "M3", "N1"))));
        b.pmid(pmid(r));
        b.sourceDatabase(SourceDatabases.guess(r.first("DB", "DP"), r.all("UR", "L2", "AN")));
        warnUnreadableDoi(r, warnings);
        return b.build();
    }

    private static List<Author> authors(TaggedRecord r) {
        List<String> names = r.all("AU");
        if (names.isEmpty()) {
            names = r.all("A1");
        }
        return AuthorNames.parseEach(names);
    }

    /** SP and EP; Scopus writes the article number in C7 when there are no pages. */
    private static String pages(TaggedRecord r) {
        String pages = FieldValues.pages(r.first("SP"), r.first("EP"));
        return pages != null ? pages : r.first("C7");
    }

    private static Integer year(TaggedRecord r, WarningSink warnings) {
        for (String tag : List.of("PY", "Y1", "DA", "Y2")) {
            String value = r.first(tag);
            Integer year = Normalize.year(value);
            if (year != null) {
                return year;
            }
            if (value != null && tag.equals("PY")) {
                warnings.add(r.lineOf(tag), tag, "no year in '" + value + "'");
            }
        }
        return null;
    }

    private static String abbreviation(TaggedRecord r, String journal) {
        String abbreviation = r.first("JA", "J2", "J1");
        if (abbreviation != null) {
            return abbreviation;
        }
        // Embase.com writes the full title in JO, which the specification reserves for the abbreviation.
        String jo = r.first("JO");
        return jo != null && !jo.equals(journal) ? jo : null;
    }

    private static String pmid(TaggedRecord r) {
        String accession = r.first("AN");
        Matcher tagged = PMID_ACCESSION.matcher(accession == null ? "" : accession);
        if (tagged.matches()) {
            return tagged.group(1);
        }
        String database = r.first("DP", "DB");
        boolean fromPubMed = FieldValues.mentions(database, "nlm") || FieldValues.mentions(database, "pubmed")
                || FieldValues.mentions(database, "medline");
        if (fromPubMed && FieldValues.isNumericId(accession)) {
            return accession.strip();
        }
        return FieldValues.pmidFromLinks(r.all("UR", "L2", "L1"));
    }

    private static void warnUnreadableDoi(TaggedRecord r, WarningSink warnings) {
        String raw = r.first("DO");
        if (raw != null && Normalize.doi(raw) == null) {
            warnings.add(r.lineOf("DO"), "DO", "not a DOI: '" + abbreviate(raw) + "'");
        }
    }

    private static String validDoiOr(String doi, String fallback) {
        return doi != null && Normalize.doi(doi) != null ? doi : fallback;
    }
}
