package org.evsynth.report.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * How a result was made: evsynth's version, the input's hash and the options, so that a reviewer re-running an
 * analysis a year later can tell whether anything changed.
 *
 * @param version evsynth's version
 * @param inputFile the input file as named on the command line
 * @param inputSha256 SHA-256 of the input's bytes
 * @param arguments the command-line arguments
 */
public record Provenance(String version, String inputFile, String inputSha256, List<String> arguments) {

    /** Copies the list. */
    public Provenance {
        arguments = List.copyOf(arguments);
    }

    /** evsynth's version from the build, or "development" when run from unpackaged classes. */
    public static String evsynthVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/evsynth/report/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
