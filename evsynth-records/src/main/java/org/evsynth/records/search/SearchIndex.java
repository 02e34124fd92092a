package org.evsynth.records.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * An in-memory Lucene index of {@link SearchDocument}s; a query's result is a bit set over the documents'
 * positions in the list given, which is what line references combine.
 *
 * <p>Each document's list position is stored as a doc value, so results never depend on how Lucene orders or
 * merges segments.
 */
public final class SearchIndex implements AutoCloseable {

    private static final String ORDINAL = "ord";
    /** One value per field a document carries, so the index can tell which fields no record has. */
    private static final String PRESENT = "present";
    private static final String FIRST = "_first";
    private static final String LAST = "_last";

    private static final Map<String, SearchField> BY_INDEX_NAME = new HashMap<>();

    static {
        for (SearchField field : SearchField.values()) {
            BY_INDEX_NAME.put(field.kind() == SearchField.Kind.DATE ? field.indexName() + FIRST : field.indexName(),
                    field);
        }
    }

    private final List<SearchDocument> documents;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private SearchIndex(List<SearchDocument> documents) throws IOException {
        this.documents = List.copyOf(documents);
        IndexWriterConfig config = new IndexWriterConfig(TextNormalizer.analyzer()).setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < this.documents.size(); i++) {
                writer.addDocument(toLucene(i, this.documents.get(i)));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    /** Indexes the documents. */
    public static SearchIndex of(List<SearchDocument> documents) {
        try {
            return new SearchIndex(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing records in memory failed", e);
        }
    }

    /** The documents, in the order their bits are numbered. */
    public List<SearchDocument> documents() {
        return documents;
    }

    /** The positions of the documents the query matches. */
    public FixedBitSet search(Query query) {
        FixedBitSet hits = new FixedBitSet(Math.max(documents.size(), 1));
        try {
            searcher.search(query, new SimpleCollector() {
                private NumericDocValues ordinals;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    ordinals = context.reader().getNumericDocValues(ORDINAL);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (ordinals.advanceExact(doc)) {
                        hits.set((int) ordinals.longValue());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
        return hits;
    }

    /** The field's indexed terms that the automaton accepts, in index order. */
    public List<BytesRef> expand(SearchField field, CompiledAutomaton automaton) {
        List<BytesRef> terms = new ArrayList<>();
        try {
            Terms indexed = MultiTerms.getTerms(reader, field.indexName());
            if (indexed == null) {
                return terms;
            }
            TermsEnum matching = automaton.getTermsEnum(indexed);
            for (BytesRef term = matching.next(); term != null; term = matching.next()) {
                terms.add(BytesRef.deepCopyOf(term));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index failed", e);
        }
        return terms;
    }

    /** True if at least one record carries the field: a search in a field no record has cannot be evaluated. */
    public boolean carries(SearchField field) {
        try {
            return reader.docFreq(new org.apache.lucene.index.Term(PRESENT, field.indexName())) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index failed", e);
        }
    }

    /** The records that carry the field. */
    public Query carrying(SearchField field) {
        return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(PRESENT, field.indexName()));
    }

    /** Records whose date in the field overlaps the range (YYYYMMDD, both ends inclusive). */
    public static Query dateOverlap(SearchField field, int from, int to) {
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(field.indexName() + FIRST, Integer.MIN_VALUE, to),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(IntPoint.newRangeQuery(field.indexName() + LAST, from, Integer.MAX_VALUE),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
    }

    /** A bit set of the right size with no documents in it. */
    public FixedBitSet none() {
        return new FixedBitSet(Math.max(documents.size(), 1));
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(int ordinal, SearchDocument d) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        text(doc, SearchField.TITLE, d.title());
        text(doc, SearchField.ABSTRACT, d.abstractText());
        d.keywords().forEach(k -> text(doc, SearchField.KEYWORD, k));
        d.registryNumbers().forEach(r -> text(doc, SearchField.SUBSTANCE, r));
        for (String type : d.publicationTypes()) {
            text(doc, SearchField.PUBLICATION_TYPE_WORD, type);
            exact(doc, SearchField.PUBLICATION_TYPE, TextNormalizer.phrase(type));
        }
        d.subjectHeadings().forEach(h -> heading(doc, IndexedHeading.parse(h)));
        if (d.language() != null) {
            exact(doc, SearchField.LANGUAGE, LanguageNames.normal(d.language()));
        }
        if (d.year() != null) {
            doc.add(new IntPoint(SearchField.YEAR.indexName(), d.year()));
        }
        exact(doc, SearchField.ID, d.pmid());
        bibliographic(doc, d);
        markPresent(doc);
        return doc;
    }

    private static void bibliographic(Document doc, SearchDocument d) {
        SearchDocument.Bibliographic b = d.bibliographic();
        for (int i = 0; i < b.authors().size(); i++) {
            String author = TextNormalizer.phrase(b.authors().get(i));
            exact(doc, SearchField.AUTHOR, author);
            if (i == 0) {
                exact(doc, SearchField.FIRST_AUTHOR, author);
            }
        }
        b.journals().forEach(j -> text(doc, SearchField.JOURNAL, j));
        exact(doc, SearchField.ISSN, b.issn() == null ? null : b.issn().replace("-", "").toLowerCase(Locale.ROOT));
        exact(doc, SearchField.DOI, b.doi());
        exact(doc, SearchField.VOLUME, TextNormalizer.phrase(Objects.toString(b.volume(), "")));
        exact(doc, SearchField.ISSUE, TextNormalizer.phrase(Objects.toString(b.issue(), "")));
        exact(doc, SearchField.PAGES, TextNormalizer.phrase(Objects.toString(b.pages(), "")));
        text(doc, SearchField.DATABASE, b.database());
        Map<String, String> dates = new HashMap<>(b.dates());
        if (!dates.containsKey("dp") && d.year() != null) {
            dates.put("dp", Integer.toString(d.year()));
        }
        for (SearchField field : SearchField.values()) {
            if (field.kind() == SearchField.Kind.DATE) {
                PartialDate date = PartialDate.parse(dates.get(field.indexName()));
                if (date != null) {
                    doc.add(new IntPoint(field.indexName() + FIRST, date.first()));
                    doc.add(new IntPoint(field.indexName() + LAST, date.last()));
                }
            }
        }
    }

    private static void heading(Document doc, IndexedHeading h) {
        text(doc, SearchField.HEADING_WORD, h.name());
        exact(doc, SearchField.HEADING, h.name());
        if (h.major()) {
            exact(doc, SearchField.MAJOR_HEADING, h.name());
        }
        for (String sub : h.subheadings()) {
            exact(doc, SearchField.SUBHEADING, sub);
            exact(doc, SearchField.HEADING_QUALIFIER, h.name() + "/" + sub);
        }
    }

    private static void text(Document doc, SearchField field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field.indexName(), value, Field.Store.NO));
        }
    }

    private static void exact(Document doc, SearchField field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field.indexName(), value, Field.Store.NO));
        }
    }

    /** One PRESENT value for each search field the document has any value in. */
    private static void markPresent(Document doc) {
        Set<SearchField> present = EnumSet.noneOf(SearchField.class);
        for (IndexableField f : doc.getFields()) {
            SearchField field = BY_INDEX_NAME.get(f.name());
            if (field != null) {
                present.add(field);
            }
        }
        present.forEach(field -> doc.add(new StringField(PRESENT, field.indexName(), Field.Store.NO)));
    }
}
