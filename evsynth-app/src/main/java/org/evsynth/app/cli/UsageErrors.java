package org.evsynth.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What a person sees after a mistyped command line: one line per problem, as {@code evsynth CMD: ...}, the nearest
 * option or command when a word is misspelt, then the command's synopsis and where its help is (exit code 2).
 * An unknown option is reported before anything else it causes: {@code import --sorce X} says that {@code --sorce}
 * is unknown (did you mean {@code --source}?), not only that {@code --source} is missing.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        List<String> unknown = unknownWords(exception);
        if (unknown.isEmpty()) {
            err.println(name + ": " + exception.getMessage());
        } else {
            for (int i = 0; i < unknown.size(); i++) {
                String word = unknown.get(i);
                err.println(name + ": " + describe(command.getCommandSpec(), word));
                if (isOption(word) && !word.contains("=") && i + 1 < unknown.size() && !isOption(unknown.get(i + 1))) {
                    i++; // the unknown option's value, most likely: not a second mistake
                }
            }
        }
        err.print("Usage: " + command.getHelp().synopsis("Usage: ".length()));
        err.println("Try '" + name + " --help' for the options.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The words the command did not recognise, from the exception or from what was parsed before it was thrown. */
    private static List<String> unknownWords(ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched.getUnmatched();
        }
        CommandLine.ParseResult parsed = exception.getCommandLine().getParseResult();
        return parsed == null ? List.of() : parsed.unmatched();
    }

    private static boolean isOption(String word) {
        return word.startsWith("-") && word.length() > 1;
    }

    private static String describe(CommandSpec spec, String word) {
        boolean option = isOption(word);
        String what = option ? "unknown option '" + word + "'"
                : spec.subcommands().isEmpty() ? "unexpected argument '" + word + "'" : "unknown command '" + word + "'";
        List<String> candidates = option ? optionNames(spec) : new ArrayList<>(spec.subcommands().keySet());
        String typed = option ? word.split("=", 2)[0] : word;
        List<String> nearest = nearest(typed, candidates);
        return nearest.isEmpty() ? what : what + "; did you mean " + String.join(" or ", nearest) + "?";
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }

    /** The candidates within a few edits of the word (a third of its length, at least two), nearest first. */
    static List<String> nearest(String word, List<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, typed.length() / 3);
        return candidates.stream().filter(c -> c.length() > 2)
                .filter(c -> LevenshteinDistance.getDefaultInstance().apply(typed, c.toLowerCase(Locale.ROOT)) <= limit)
                .sorted(Comparator.comparingInt(c -> LevenshteinDistance.getDefaultInstance().apply(typed, c.toLowerCase(Locale.ROOT))))
                .limit(2).toList();
    }
}
