package org.evsynth.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How evsynth's help reads. A command's description is written as lines in the source; here they become
 * paragraphs wrapped to the terminal (a line that starts with spaces, such as a table row, or follows a line
 * ending in a colon, stays a line of its own), so that no sentence breaks in the middle. The top-level command
 * list shows the commands in the order of a review's work, each with its first sentence.
 */
final class HelpLayout {

    /** The top-level commands, grouped, in the order a review uses them. */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("A review, in the order of the work (each takes the review folder DIR first)", List.of("init",
                "import", "searches", "dedup", "screen", "key-papers", "stopping", "decisions", "conflicts", "retrieval", "studies", "extract",
                "status", "log", "prisma", "export", "report"));
        GROUPS.put("The team web app", List.of("serve", "user"));
        GROUPS.put("Analyses and figures of a study table (CSV)", List.of("meta", "metareg", "forest", "funnel",
                "rob"));
        GROUPS.put("Bibliographic record files", List.of("records", "search", "simulate"));
    }

    private HelpLayout() {
    }

    /** Applies the layout to a command line and every subcommand. */
    static void apply(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
        if (!commandLine.getSubcommands().isEmpty()) {
            commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                    commandLine.getCommandSpec().parent() == null ? HelpLayout::commands : HelpLayout::subcommands);
        }
        commandLine.getSubcommands().values().forEach(HelpLayout::apply);
    }

    private static String description(Help help) {
        int width = help.commandSpec().usageMessage().width();
        StringBuilder out = new StringBuilder();
        for (String paragraph : paragraphs(help.commandSpec().usageMessage().description())) {
            wrap(paragraph, width, out);
        }
        return out.toString();
    }

    /** The description's lines joined into paragraphs. */
    static List<String> paragraphs(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : lines) {
            for (String line : raw.replace("%n", "\n").split("\n", -1)) {
                boolean ownLine = line.isBlank() || Character.isWhitespace(line.charAt(0)) || current == null
                        || current.toString().endsWith(":") || current.toString().isBlank()
                        || Character.isWhitespace(current.charAt(0));
                if (ownLine) {
                    if (current != null) {
                        paragraphs.add(current.toString());
                    }
                    current = new StringBuilder(line);
                } else {
                    current.append(' ').append(line.strip());
                }
            }
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** The first sentence of a description: what the command list shows. */
    static String summary(String[] lines) {
        List<String> paragraphs = paragraphs(lines);
        if (paragraphs.isEmpty()) {
            return "";
        }
        String first = paragraphs.get(0);
        int depth = 0;
        for (int i = 0; i < first.length() - 1; i++) {
            char c = first.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean ends = (c == '.' || c == ':') && first.charAt(i + 1) == ' ';
            if (ends && depth == 0 && !abbreviation(first, i)) {
                return first.substring(0, c == '.' ? i + 1 : i);
            }
        }
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    private static boolean abbreviation(String text, int dot) {
        for (String a : List.of("e.g", "i.e", "vs", "et al", "etc")) {
            if (dot >= a.length() && text.regionMatches(true, dot - a.length(), a, 0, a.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wraps a paragraph at word boundaries. An indented paragraph (a table row) keeps its indent and indents its
     * continuation lines two more, so that the row still reads as one.
     */
    private static void wrap(String paragraph, int width, StringBuilder out) {
        int indent = 0;
        while (indent < paragraph.length() && paragraph.charAt(indent) == ' ') {
            indent++;
        }
        String continuation = " ".repeat(indent == 0 ? 0 : indent + 2);
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        int start = line.length();
        for (String word : paragraph.strip().split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(continuation);
                start = line.length();
            } else if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    private static String commands(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        int width = help.commandSpec().usageMessage().width();
        int column = subcommands.keySet().stream().mapToInt(String::length).max().orElse(8) + 4;
        StringBuilder out = new StringBuilder();
        List<String> listed = new ArrayList<>();
        GROUPS.forEach((heading, names) -> {
            out.append('\n').append(heading).append(":\n");
            for (String name : names) {
                Help sub = subcommands.get(name);
                if (sub != null) {
                    listed.add(name);
                    entry(out, name, summary(sub.commandSpec().usageMessage().description()), column, width);
                }
            }
        });
        List<String> others = subcommands.keySet().stream().filter(n -> !listed.contains(n)).toList();
        if (!others.isEmpty()) {
            out.append("\nOther commands:\n");
            others.forEach(n -> entry(out, n, summary(subcommands.get(n).commandSpec().usageMessage().description()),
                    column, width));
        }
        return out.append("\nThe path of a review: init → import → dedup → screen → conflicts → retrieval → studies → "
                + "extract → export → report (or serve, for a team in the browser). 'evsynth COMMAND --help' says "
                + "more.\n").toString();
    }

    /** A command's own subcommands (`user add`, ...), each with its first sentence. */
    private static String subcommands(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        int width = help.commandSpec().usageMessage().width();
        int column = subcommands.keySet().stream().mapToInt(String::length).max().orElse(8) + 4;
        StringBuilder out = new StringBuilder();
        subcommands.forEach((name, sub) -> entry(out, name, summary(sub.commandSpec().usageMessage().description()),
                column, width));
        return out.toString();
    }

    private static void entry(StringBuilder out, String name, String summary, int column, int width) {
        StringBuilder line = new StringBuilder("  ").append(name);
        line.append(" ".repeat(Math.max(1, column - line.length())));
        StringBuilder wrapped = new StringBuilder();
        wrap(summary, Math.max(20, width - column), wrapped);
        String[] lines = wrapped.toString().split("\n");
        out.append(line).append(lines[0].strip()).append('\n');
        for (int i = 1; i < lines.length; i++) {
            out.append(" ".repeat(column)).append(lines[i].strip()).append('\n');
        }
    }
}
