package org.evsynth.app.cli.records;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evsynth.records.BibRecord;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.records.io.RecordReaders;
import org.evsynth.records.search.Dialect;
import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.SourceLine;
import org.evsynth.records.search.Strategy;
import org.evsynth.records.search.StrategyLayout;
import org.evsynth.records.search.StrategyParseException;
import org.evsynth.records.search.StrategyParser;
import org.evsynth.records.search.StrategyResult;
import org.evsynth.records.search.StrategyRunner;
import org.evsynth.records.search.TextNormalizer;
import org.evsynth.records.search.mesh.MeshFileException;
import org.evsynth.records.search.mesh.MeshTree;
import org.evsynth.records.search.translate.StrategyTranslator;
import org.evsynth.records.search.translate.TargetInterface;
import org.evsynth.records.search.translate.Translation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth search}: runs a line-numbered Ovid MEDLINE strategy on imported records and prints the hits per
 * line (the table NICE and PRISMA-S ask for) and the records of the final line.
 */
@Command(name = "search", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run a line-numbered Ovid or PubMed search strategy on record files, or translate it.",
            "The strategy is one search per line (numbered or not; hit counts after a line are ignored).",
            "Record files are read in any format evsynth imports (RIS, PubMed, EndNote XML, BibTeX, WoS, CSV).",
            "A line the records cannot answer still runs, marked, with the reason."})
public final class SearchCommand implements Callable<Integer> {

    /** Exit code for bad usage or bad input, including a strategy that does not parse. */
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "STRATEGY.txt",
            description = "The search strategy, one search per line.")
    private Path strategyFile;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Record files to search (with --translate: the strategy, if --strategy is not given).")
    private List<Path> files = List.of();

    @Option(names = "--syntax", paramLabel = "SYNTAX",
            description = "ovid or pubmed: read every line in this syntax. Default: told from each line.")
    private SyntaxChoice syntax;

    @Option(names = "--mesh", paramLabel = "FILE",
            description = "NLM's MeSH descriptor XML (descYYYY.xml) or tree numbers (mtreesYYYY.bin), to explode "
                    + "headings through.")
    private Path meshFile;

    @Option(names = "--translate", paramLabel = "TARGET",
            description = "Write the strategy for another interface instead of running it: pubmed, ovid-medline, "
                    + "ovid-embase, cochrane-library, scopus or wos.")
    private String translate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table: line, search, hits) or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    /** The syntaxes {@code --syntax} takes. */
    enum SyntaxChoice {
        OVID(Dialect.OVID), PUBMED(Dialect.PUBMED);

        private final Dialect dialect;

        SyntaxChoice(Dialect dialect) {
            this.dialect = dialect;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("text") && !wanted.equals("json")) {
            err.println("evsynth search: --format must be text or json, not '" + format + "'");
            return BAD_INPUT;
        }
        Optional<TargetInterface> target = translate == null ? Optional.empty() : TargetInterface.byId(translate);
        if (translate != null && target.isEmpty()) {
            err.println("evsynth search: --translate must be one of " + TargetInterface.ids() + ", not '"
                    + translate + "'");
            return BAD_INPUT;
        }
        Path strategyPath = strategyFile;
        List<Path> recordFiles = files;
        if (strategyPath == null && target.isPresent() && files.size() == 1) {
            strategyPath = files.get(0);
            recordFiles = List.of();
        }
        if (strategyPath == null || target.isEmpty() && recordFiles.isEmpty()) {
            err.println("evsynth search: " + (strategyPath == null ? "--strategy STRATEGY.txt is required"
                    : "give the record files to search (or --translate TARGET)"));
            return BAD_INPUT;
        }
        String strategyText;
        List<BibRecord> records;
        MeshTree mesh;
        try {
            strategyText = Files.readString(strategyPath, StandardCharsets.UTF_8);
            records = target.isPresent() ? List.of() : read(recordFiles, err);
            mesh = meshFile == null ? null : MeshTree.read(meshFile, TextNormalizer::phrase);
        } catch (IOException e) {
            err.println("evsynth search: " + describe(e));
            return BAD_INPUT;
        } catch (MeshFileException e) {
            err.println("evsynth search: --mesh " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            Strategy strategy = StrategyParser.parse(strategyText,
                    syntax == null ? Optional.empty() : Optional.of(syntax.dialect));
            if (target.isPresent()) {
                Translation translation = StrategyTranslator.translate(strategy, target.get());
                out.print(wanted.equals("json") ? SearchReport.json(translation)
                        : SearchReport.safe(translation.text()));
            } else {
                StrategyResult result = StrategyRunner.run(strategy, documents(records), mesh);
                out.print(wanted.equals("json") ? SearchReport.json(result, records) : SearchReport.text(result));
            }
            out.flush();
            return 0;
        } catch (StrategyParseException e) {
            err.println("evsynth search: " + strategyPath + ": " + SearchReport.safe(e.getMessage()));
            showLine(err, strategyText, e);
            return BAD_INPUT;
        }
    }

    /** The offending search line with a caret under the column, as compilers show errors. */
    private static void showLine(PrintWriter err, String strategyText, StrategyParseException e) {
        for (SourceLine line : StrategyLayout.lines(strategyText)) {
            if (line.number() == e.line()) {
                String prefix = "  " + line.label() + "  ";
                err.println(prefix + SearchReport.safe(line.text()));
                err.println(" ".repeat(prefix.length() + Math.max(0, e.column() - 1)) + "^");
            }
        }
    }

    private static List<BibRecord> read(List<Path> recordFiles, PrintWriter err) throws IOException {
        ImportResult imported = RecordReaders.readAll(recordFiles);
        for (ImportWarning warning : imported.warnings()) {
            err.println("warning: " + warning);
        }
        return imported.records();
    }

    /** Documents numbered by their place in the record list, so a match leads back to its record. */
    private static List<SearchDocument> documents(List<BibRecord> records) {
        List<SearchDocument> documents = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            documents.add(SearchDocument.of(Integer.toString(i), records.get(i)));
        }
        return documents;
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": no such file" : e.getMessage();
    }
}
