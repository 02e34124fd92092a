package org.evsynth.records.io;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.Normalize;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;

/**
 * Web of Science tagged export (.ciw, "Other file formats: plain text"): two-letter tag, a space, the value,
 * continuation lines indented by three spaces; FN and VR head the file, PT opens a record, ER closes it, EF
 * ends the file (Clarivate, "Web of Science Core Collection Field Tags"). Zoological Record exports use the
 * same layout.
 */
public final class WebOfScienceReader extends TaggedFormatReader {

    private static final Syntax SYNTAX = new Syntax(Pattern.compile("^([A-Z][A-Z0-9])(?: (.*))?$"), "PT", "ER",
            Set.of("AU", "AF", "BE", "CR", "C1", "BA", "BF", "CA"), null, "EF");
    private static final Pattern DETECT = Pattern.compile("(?m)^PT [A-Z]\\s*$");
    /** The two header lines every export starts with, "FN Clarivate Analytics Web of Science" and "VR 1.0". */
    private static final Pattern HEADER = Pattern.compile("^FN [^\\r\\n]*\\R+VR ");

    public WebOfScienceReader() {
        super(SYNTAX);
    }

    @Override
    public String id() {
        return "wos";
    }

    @Override
    public boolean recognizes(String text) {
        String head = FormatHead.of(text);
        return HEADER.matcher(head).lookingAt() || DETECT.matcher(head).find();
    }

    @Override
    protected BibRecord toRecord(TaggedRecord r, RecordOrigin origin, WarningSink warnings) {
        List<String> documentTypes = FieldValues.split(r.first("DT"), ";");
        List<String> keywords = FieldValues.splitAll(r.all("DE"), ";");
        keywords.addAll(FieldValues.splitAll(r.all("ID"), ";"));
        String beginPage = r.first("BP");
        return BibRecord.builder()
                .type(type(r.first("PT"), documentTypes))
                .title(r.first("TI"))
                .authors(authors(r))
                .year(Normalize.year(r.first("PY", "PD", "EA")))
                .journal(r.first("SO", "SE"))
                .journalAbbreviation(r.first("JI", "J9"))
                .volume(r.first("VL"))
                .issue(r.first("IS"))
                .pages(beginPage == null ? r.first("AR", "PS") : FieldValues.pages(beginPage, r.first("EP")))
                .doi(r.first("DI"))
                .pmid(r.first("PM"))
                .issn(r.first("SN", "EI", "BN"))
                .abstractText(r.first("AB"))
                .keywords(keywords)
                .publicationTypes(documentTypes)
                .language(r.first("LA"))
                .sourceDatabase(database(r.first("UT")))
                .origin(origin)
                .original(r.original())
                .build();
    }

    private static RecordType type(String pt, List<String> documentTypes) {
        String dt = String.join(";", documentTypes);
        if (FieldValues.mentions(dt, "proceedings paper") || FieldValues.mentions(dt, "meeting abstract")) {
            return RecordType.CONFERENCE_PAPER;
        }
        if (FieldValues.mentions(dt, "book chapter")) {
            return RecordType.BOOK_SECTION;
        }
        if (pt == null) {
            return RecordType.OTHER;
        }
        switch (pt) {
            case "J": return RecordType.JOURNAL_ARTICLE;
            case "B": return RecordType.BOOK;
            case "S": return RecordType.BOOK_SECTION;
            case "C": return RecordType.CONFERENCE_PAPER;
            default: return RecordType.OTHER;
        }
    }

    private static List<Author> authors(TaggedRecord r) {
        List<String> names = r.all("AF");
        if (names.isEmpty()) {
            names = r.all("AU");
        }
        return AuthorNames.parseEach(names);
    }

    private static String database(String accession) {
        if (accession == null) {
            return "Web of Science";
        }
        if (accession.startsWith("ZOOR")) {
            return "Zoological Record";
        }
        if (accession.startsWith("MEDLINE:")) {
            return "MEDLINE";
        }
        return "Web of Science";
    }
}
