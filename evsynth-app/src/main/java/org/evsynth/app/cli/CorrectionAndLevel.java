package org.evsynth.app.cli;

import java.util.Locale;

import org.evsynth.report.table.InputException;
import org.evsynth.stats.effect.ZeroCellCorrection;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The confidence level and the zero-cell correction: options shared by `meta` and `metareg`. */
final class CorrectionAndLevel {

    @Option(names = "--level", paramLabel = "PERCENT", defaultValue = "95",
            description = "Confidence level in percent, 50 to 99.9. Default: ${DEFAULT-VALUE}.")
    double level;

    @Option(names = "--cc", paramLabel = "VALUE", defaultValue = "0.5",
            description = "Continuity correction added to the cells of zero-cell studies. Default: ${DEFAULT-VALUE}.")
    double continuityCorrection;

    @Option(names = "--cc-to", paramLabel = "STUDIES", defaultValue = "zero", converter = CcTo.class,
            description = "Which studies get the correction: zero (those with a zero cell), all, or none. "
                    + "Default: ${DEFAULT-VALUE}.")
    ZeroCellCorrection.ApplyTo ccTo;

    /** The level as a fraction. */
    double levelFraction() throws InputException {
        if (!(level >= 50 && level < 100)) {
            throw new InputException(String.format(Locale.ROOT,
                    "--level (%s) is a percentage from 50 up to (not including) 100, e.g. 95 or 90", level));
        }
        return level / 100;
    }

    /** The correction. */
    ZeroCellCorrection correction() throws InputException {
        try {
            return new ZeroCellCorrection(continuityCorrection, ccTo);
        } catch (IllegalArgumentException e) {
            throw new InputException("--cc: " + e.getMessage());
        }
    }

    /** Reads --cc-to's words. */
    static final class CcTo implements CommandLine.ITypeConverter<ZeroCellCorrection.ApplyTo> {
        @Override
        public ZeroCellCorrection.ApplyTo convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "zero" -> ZeroCellCorrection.ApplyTo.ZERO_CELL_STUDIES;
                case "all" -> ZeroCellCorrection.ApplyTo.ALL_STUDIES;
                case "none" -> ZeroCellCorrection.ApplyTo.NONE;
                default -> throw new CommandLine.TypeConversionException(
                        "expected zero, all or none but was '" + value + "'");
            };
        }
    }
}
