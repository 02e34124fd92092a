package org.evsynth.app.cli.records;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evsynth.records.BibRecord;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;
import org.evsynth.records.io.RecordReaders;
import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.SourceLine;
import org.evsynth.records.search.Strategy;
import org.evsynth.records.search.StrategyLayout;
import org.evsynth.records.search.StrategyParseException;
import org.evsynth.records.search.StrategyParser;
import org.evsynth.records.search.StrategyResult;
import org.evsynth.records.search.StrategyRunner;
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
        description = {"Run a line-numbered Ovid MEDLINE search strategy on record files.",
            "The strategy is one search per line (numbered or not; hit counts after a line are ignored).",
            "Record files are read in any format evsynth imports (RIS, PubMed, EndNote XML, BibTeX, WoS, CSV)."})
public final class SearchCommand implements Callable<Integer> {

    /** Exit code for bad usage or bad input, including a strategy that does not parse. */
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--strategy", required = true, paramLabel = "STRATEGY.txt",
            description = "The search strategy, one search per line.")
    private Path strategyFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Record files to search.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table: line, search, hits) or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("text") && !wanted.equals("json")) {
            err.println("evsynth search: --format must be text or json, not '" + format + "'");
            return BAD_INPUT;
        }
        String strategyText;
        List<BibRecord> records;
        try {
            strategyText = Files.readString(strategyFile, StandardCharsets.UTF_8);
            records = read(err);
        } catch (IOException e) {
            err.println("evsynth search: " + describe(e));
            return BAD_INPUT;
        }
        try {
            Strategy strategy = StrategyParser.parse(strategyText);
            StrategyResult result = StrategyRunner.run(strategy, documents(records));
            out.print(wanted.equals("json") ? SearchReport.json(result, records) : SearchReport.text(result));
            out.flush();
            return 0;
        } catch (StrategyParseException e) {
            err.println("evsynth search: " + strategyFile + ": " + e.getMessage());
            showLine(err, strategyText, e);
            return BAD_INPUT;
        }
    }

    /** The offending search line with a caret under the column, as compilers show errors. */
    private static void showLine(PrintWriter err, String strategyText, StrategyParseException e) {
        for (SourceLine line : StrategyLayout.lines(strategyText)) {
            if (line.number() == e.line()) {
                String prefix = "  " + line.label() + "  ";
                err.println(prefix + line.text());
                err.println(" ".repeat(prefix.length() + Math.max(0, e.column() - 1)) + "^");
            }
        }
    }

    private List<BibRecord> read(PrintWriter err) throws IOException {
        ImportResult imported = RecordReaders.readAll(files);
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
