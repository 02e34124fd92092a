package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.Normalize;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;

/**
 * PubMed/MEDLINE text format (.nbib, .txt): a tag of up to four letters padded to four columns, "- ", the
 * value, and continuation lines indented by six spaces; records are separated by blank lines and begin with
 * PMID (NLM, "MEDLINE/PubMed Data Element (Field) Descriptions").
 */
public final class PubMedReader extends TaggedFormatReader {

    /** NLM writes SO (source) last in every record, so a final record without it was cut short. */
    private static final Syntax SYNTAX = new Syntax(Pattern.compile("^([A-Z]{2,4}) *- ?(.*)$"), "PMID", null, Set.of(),
            "SO", null);
    private static final Pattern DETECT = Pattern.compile("(?m)^PMID- ?\\d");
    private static final Pattern DOI_ID = Pattern.compile("^(\\S+)\\s*\\[doi]");

    public PubMedReader() {
        super(SYNTAX);
    }

    @Override
    public String id() {
        return "pubmed";
    }

    @Override
    public boolean recognizes(String text) {
        return DETECT.matcher(FormatHead.of(text)).find();
    }

    @Override
    protected BibRecord toRecord(TaggedRecord r, RecordOrigin origin, WarningSink warnings) {
        List<String> registry = new ArrayList<>(r.all("RN"));
        registry.addAll(r.all("SI"));
        return BibRecord.builder()
                .type(type(r))
                .title(r.first("TI", "BTI"))
                .authors(authors(r))
                .year(Normalize.year(r.first("DP", "DEP", "EDAT")))
                .journal(r.first("JT", "BTI"))
                .journalAbbreviation(r.first("TA"))
                .volume(r.first("VI"))
                .issue(r.first("IP"))
                .pages(r.first("PG"))
                .doi(doi(r))
                .pmid(r.first("PMID"))
                .issn(r.first("IS"))
                .abstractText(r.first("AB"))
                .keywords(r.all("OT"))
                .meshHeadings(r.all("MH"))
                .publicationTypes(r.all("PT"))
                .registryNumbers(registry)
                .language(r.first("LA"))
                .sourceDatabase("PubMed")
                .origin(origin)
                .original(r.original())
                .build();
    }

    private static RecordType type(TaggedRecord r) {
        List<String> types = r.all("PT");
        if (types.contains("Preprint")) {
            return RecordType.PREPRINT;
        }
        if (r.first("BTI") != null) {
            return r.first("TI") != null ? RecordType.BOOK_SECTION : RecordType.BOOK;
        }
        if (types.contains("Congress")) {
            return RecordType.CONFERENCE_PAPER;
        }
        return RecordType.JOURNAL_ARTICLE;
    }

    private static List<Author> authors(TaggedRecord r) {
        List<String> names = r.all("FAU");
        if (names.isEmpty()) {
            names = r.all("AU");
        }
        List<Author> out = AuthorNames.parseEach(names);
        for (String group : r.all("CN")) {
            out.add(new Author(group, null));
        }
        return out;
    }

    private static String doi(TaggedRecord r) {
        for (String id : r.all("LID", "AID")) {
            Matcher m = DOI_ID.matcher(id);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
