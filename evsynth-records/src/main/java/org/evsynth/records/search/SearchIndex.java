package org.evsynth.records.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
        return doc;
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
}
