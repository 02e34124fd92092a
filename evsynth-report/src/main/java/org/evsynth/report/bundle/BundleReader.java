package org.evsynth.report.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.rob.RobTable;
import org.evsynth.review.rob.RobTool;

/** Reads review.yaml and the files it names into an {@link AnalysisBundle}, collecting every problem. */
final class BundleReader {

    static final Map<String, RobTool> ROB_TOOLS = Map.of("rob2", RobTool.ROB2, "robins-i", RobTool.ROBINS_I);

    private BundleReader() {
    }

    static AnalysisBundle read(Path dir) throws BundleException, IOException {
        Problems problems = new Problems();
        String file = AnalysisBundle.REVIEW_FILE;
        Path yaml = dir.resolve(file);
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), 0, "", "no such folder");
            problems.throwIfAny();
        }
        if (!Files.isRegularFile(yaml)) {
            problems.add(yaml.toString(), 0, "", "no such file: a bundle is a folder with a review.yaml");
            problems.throwIfAny();
        }
        YamlNode root;
        List<String> warnings = new ArrayList<>();
        try {
            root = YamlTreeReader.read(Files.readString(yaml, StandardCharsets.UTF_8), file, warnings);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BundleException(List.of(new BundleProblem(file, 0, "", "is not UTF-8 text; save it as "
                    + "UTF-8")));
        } catch (YamlTreeReader.SyntaxException e) {
            problems.add(file, e.line(), e.path(), e.getMessage());
            throw new BundleException(List.of(new BundleProblem(file, e.line(), e.path(), e.getMessage())));
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            problems.add(file, root == null ? 0 : root.line(), "", root == null ? "the file is empty"
                    : "expected a mapping with title, question and comparisons, found " + root.describe());
            problems.throwIfAny();
            throw new AssertionError();
        }
        Fields top = new Fields(mapping, "", file, problems);
        String title = top.text("title", true);
        Question question = question(top.mapping("question", true));
        List<String> authors = top.texts("authors").stream().map(YamlNode.Scalar::text).toList();
        String notes = orEmpty(top.text("notes", false));
        String screeningMethods = orEmpty(top.text("screening_methods", false));
        OutcomeReader outcomes = new OutcomeReader(dir, problems);
        List<Comparison> comparisons = new ArrayList<>();
        for (Fields c : top.mappings("comparisons", true)) {
            comparisons.add(comparison(c, outcomes));
        }
        AnalysisBundle.RiskOfBias rob = riskOfBias(dir, top.mapping("risk_of_bias", false), problems,
                warnings);
        AnalysisBundle.Prisma prisma = prisma(dir, top.mapping("prisma", false), problems);
        var curve = ScreeningCurveBundle.read(top.mapping(ScreeningCurveBundle.KEY, false));
        top.finish();
        problems.throwIfAny();
        return new AnalysisBundle(dir, title, question, authors, notes, screeningMethods, comparisons, rob, prisma,
                curve, warnings);
    }

    private static Question question(Fields q) {
        if (q == null) {
            return null;
        }
        Question question = new Question(q.text("population", true), q.text("intervention", true),
                q.text("comparator", true), q.texts("outcomes").stream().map(YamlNode.Scalar::text).toList(),
                orEmpty(q.text("setting", false)));
        q.finish();
        return question;
    }

    private static Comparison comparison(Fields c, OutcomeReader reader) {
        String name = c.text("name", true);
        String intervention = c.text("intervention_label", true);
        String comparator = c.text("comparator_label", true);
        FavoursLabels favours = FavoursLabels.read(c);
        List<Outcome> outcomes = new ArrayList<>();
        for (Fields o : c.mappings("outcomes", true)) {
            Outcome outcome = reader.read(o);
            if (outcome != null) {
                outcomes.add(outcome);
            }
        }
        c.finish();
        return new Comparison(name, intervention, comparator, favours, outcomes);
    }

    private static AnalysisBundle.RiskOfBias riskOfBias(Path dir, Fields r, Problems problems,
                                                        List<String> warnings) {
        if (r == null) {
            return null;
        }
        RobTool tool = r.choice("tool", ROB_TOOLS, null, true);
        String name = r.text("file", true);
        r.finish();
        Path path = name == null ? null : existing(dir, name, r, "file");
        if (tool == null || path == null) {
            return null;
        }
        try {
            RobTable table = RobTable.read(path, tool);
            table.warnings().forEach(w -> warnings.add(name + ", " + stripPrefix(w, path)));
            return new AnalysisBundle.RiskOfBias(tool, path, table);
        } catch (IOException | IllegalArgumentException e) {
            located(problems, name, stripPrefix(e.getMessage(), path));
            return null;
        }
    }

    private static AnalysisBundle.Prisma prisma(Path dir, Fields p, Problems problems) {
        if (p == null) {
            return null;
        }
        String name = p.text("file", true);
        p.finish();
        Path path = name == null ? null : existing(dir, name, p, "file");
        if (path == null) {
            return null;
        }
        try {
            return new AnalysisBundle.Prisma(path, PrismaCounts.read(path));
        } catch (IOException | IllegalArgumentException e) {
            located(problems, name, stripPrefix(e.getMessage(), path));
            return null;
        }
    }

    /** A reader's "line 3, column D1: ..." message as a problem on that line. */
    private static void located(Problems problems, String file, String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+)[,:] (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(message == null ? "" : message);
        if (m.matches()) {
            problems.add(file, Integer.parseInt(m.group(1)), "", m.group(2));
        } else {
            problems.add(file, 0, "", message);
        }
    }

    /**
     * The file named in review.yaml, resolved against the bundle; a problem at the key if it does not exist or is
     * not inside the bundle folder once symbolic links are followed: a bundle describes its own files, and must not
     * make the report read (and publish) a file elsewhere on the machine.
     */
    static Path existing(Path dir, String name, Fields at, String key) {
        Path path = dir.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !path.startsWith(dir.normalize())) {
            at.problem(key, "'" + name + "' is outside the bundle folder; name a file inside it, relative to "
                    + "review.yaml");
            return null;
        }
        if (!Files.isRegularFile(path)) {
            at.problem(key, "no such file '" + name + "' in " + dir);
            return null;
        }
        try {
            if (!path.toRealPath().startsWith(dir.toRealPath())) {
                at.problem(key, "'" + name + "' leads outside the bundle folder through a symbolic link; name a "
                        + "file inside it");
                return null;
            }
        } catch (IOException e) {
            at.problem(key, "'" + name + "' cannot be read");
            return null;
        }
        return path;
    }

    /** The readers' messages start with the full path; the bundle reports files by their name in review.yaml. */
    private static String stripPrefix(String message, Path path) {
        String prefix = path.toString();
        if (message != null && message.startsWith(prefix)) {
            String rest = message.substring(prefix.length());
            return rest.startsWith(", ") ? rest.substring(2) : rest.startsWith(": ") ? rest.substring(2) : rest;
        }
        return message;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(e.name(), e);
        }
        return map;
    }
}
