package org.evsynth.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;

/**
 * Reads an option's word as an enum constant, written on the command line in lower case with hyphens
 * ({@code traffic-light} for {@code TRAFFIC_LIGHT}), and says which words it takes when the word is not one of
 * them. Subclass it once per enum: picocli needs a converter class with a no-argument constructor.
 */
public class EnumWords<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

    private final Class<E> type;

    protected EnumWords(Class<E> type) {
        this.type = type;
    }

    /** The word for a constant: its name in lower case, with hyphens for underscores. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equalsIgnoreCase(value) || constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException("expected " + words() + " but was '" + value + "'");
    }

    private String words() {
        List<String> words = Arrays.stream(type.getEnumConstants()).map(EnumWords::word).toList();
        return words.size() == 1 ? words.get(0) : String.join(", ", words.subList(0, words.size() - 1))
                + " or " + words.get(words.size() - 1);
    }
}
