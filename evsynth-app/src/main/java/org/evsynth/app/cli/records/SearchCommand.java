package org.evsynth.app.cli.records;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.app.cli.EnumWords;
import org.evsynth.app.cli.ExitCode;
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
 * {@code evsynth search}: runs a line-numbered search strategy (Ovid, PubMed, Cochrane Library or Embase.com syntax)
 * on imported records and prints the hits per line (the table NICE and PRISMA-S ask for) and the records of the
 * final line, or translates the strategy for another interface.
 *
 * <p>Failures are thrown as {@link CommandFailure}s, which the CLI's failure handler prints as
 * {@code evsynth search: message} with exit code 2 (bad usage or input); a strategy that does not parse names the
 * file, line and column, and shows the line with a caret under the column.
 */
@Command(name = "search", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Run a line-numbered Ovid, PubMed, Cochrane Library or Embase.com search strategy on record "
                + "files, or translate it.",
            "The strategy is one search per line (numbered or not; hit counts after a line are ignored).",
            "Record files are read in any format evsynth imports (RIS, PubMed, EndNote XML, BibTeX, WoS, CSV).",
            "A line the records cannot answer still runs, marked, with the reason."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "STRATEGY.txt",
            description = "The search strategy, one search per line.")
    private Path strategyFile;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Record files to search (with --translate: the strategy, if --strategy is not given).")
    private List<Path> files = List.of();

    @Option(names = "--syntax", paramLabel = "SYNTAX", converter = SyntaxChoice.Words.class,
            description = "ovid, pubmed, cochrane-library or embase-com: read every line in this syntax. "
                    + "Default: told from each line.")
    private SyntaxChoice syntax;

    @Option(names = "--mesh", paramLabel = "FILE",
            description = "NLM's MeSH descriptor XML (descYYYY.xml) or tree numbers (mtreesYYYY.bin), to explode "
                    + "headings through.")
    private Path meshFile;

    @Option(names = "--translate", paramLabel = "TARGET",
            description = "Write the strategy for another interface instead of running it: pubmed, ovid-medline, "
                    + "ovid-embase, cochrane-library, scopus or wos.")
    private String translate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "text (a table: line, search, hits) or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    /** The syntaxes {@code --syntax} takes. */
    enum SyntaxChoice {
        OVID(Dialect.OVID), PUBMED(Dialect.PUBMED), COCHRANE_LIBRARY(Dialect.COCHRANE),
        EMBASE_COM(Dialect.EMBASE_COM);

        private final Dialect dialect;

        SyntaxChoice(Dialect dialect) {
            this.dialect = dialect;
        }

        static final class Words extends EnumWords<SyntaxChoice> {
            Words() {
                super(SyntaxChoice.class);
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<TargetInterface> target = translate == null ? Optional.empty() : TargetInterface.byId(translate);
        if (translate != null && target.isEmpty()) {
            throw CommandFailure.badInput("--translate must be one of " + TargetInterface.ids() + ", not '"
                    + translate + "'");
        }
        Path strategyPath = strategyFile;
        List<Path> recordFiles = files;
        if (strategyPath == null && target.isPresent() && files.size() == 1) {
            strategyPath = files.get(0);
            recordFiles = List.of();
        }
        if (strategyPath == null || target.isEmpty() && recordFiles.isEmpty()) {
            throw CommandFailure.badInput(strategyPath == null ? "--strategy STRATEGY.txt is required"
                    : "give the record files to search (or --translate TARGET)");
        }
        String strategyText = readStrategy(strategyPath);
        Strategy strategy = parse(strategyPath, strategyText);
        if (target.isPresent()) {
            Translation translation = StrategyTranslator.translate(strategy, target.get());
            out.print(format == TextOrJson.JSON ? SearchReport.json(translation)
                    : SearchReport.safe(translation.text()));
        } else {
            List<BibRecord> records = read(recordFiles, spec.commandLine().getErr());
            MeshTree mesh = meshFile == null ? null : mesh(meshFile);
            StrategyResult result = StrategyRunner.run(strategy, documents(records), mesh);
            out.print(format == TextOrJson.JSON ? SearchReport.json(result, records) : SearchReport.text(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String readStrategy(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandFailure.badInput(describe(e), e);
        }
    }

    private Strategy parse(Path path, String text) {
        try {
            return StrategyParser.parse(text, syntax == null ? Optional.empty() : Optional.of(syntax.dialect));
        } catch (StrategyParseException e) {
            throw CommandFailure.badInput(path + ": " + SearchReport.safe(e.getMessage()) + caretLine(text, e), e);
        }
    }

    private static MeshTree mesh(Path file) {
        try {
            return MeshTree.read(file, TextNormalizer::phrase);
        } catch (MeshFileException e) {
            throw CommandFailure.badInput("--mesh " + e.getMessage(), e);
        }
    }

    /** The offending search line with a caret under the column, as compilers show errors. */
    private static String caretLine(String strategyText, StrategyParseException e) {
        StringBuilder shown = new StringBuilder();
        for (SourceLine line : StrategyLayout.lines(strategyText)) {
            if (line.number() == e.line()) {
                String prefix = "  " + line.label() + "  ";
                shown.append(System.lineSeparator()).append(prefix).append(SearchReport.safe(line.text()))
                        .append(System.lineSeparator())
                        .append(" ".repeat(prefix.length() + Math.max(0, e.column() - 1))).append('^');
            }
        }
        return shown.toString();
    }

    private static List<BibRecord> read(List<Path> recordFiles, PrintWriter err) {
        ImportResult imported;
        try {
            imported = RecordReaders.readAll(recordFiles);
        } catch (IOException e) {
            throw CommandFailure.badInput(describe(e), e);
        }
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
