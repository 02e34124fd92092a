package org.evsynth.app.cli.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evsynth.app.cli.EvsynthCommand;
import picocli.CommandLine;

/**
 * One in-process run of the evsynth command line, with what it printed; and small RIS exports to import.
 *
 * @param exitCode the exit code
 * @param out      standard output
 * @param err      standard error
 */
record ReviewCli(int exitCode, String out, String err) {

    static ReviewCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EvsynthCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new ReviewCli(code, out.toString(), err.toString());
    }

    /** {@code evsynth screen ...} with the keys as standard input, one per line. */
    static ReviewCli screen(String keys, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ScreenCommand command = new ScreenCommand(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)));
        int code = EvsynthCommand.configure(new CommandLine(command)).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new ReviewCli(code, out.toString(), err.toString());
    }

    /** A test record. */
    record Ref(String title, String author, int year, String doi) {
    }

    static Path ris(Path file, List<Ref> refs) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Ref r : refs) {
            b.append("TY  - JOUR\nTI  - ").append(r.title()).append("\nAU  - ").append(r.author())
                    .append("\nPY  - ").append(r.year()).append("\nT2  - Journal of Test Studies\nVL  - ")
                    .append(r.year() % 97).append("\nSP  - ").append(Math.abs(r.title().hashCode() % 900) + 1)
                    .append('\n');
            if (r.doi() != null) {
                b.append("DO  - ").append(r.doi()).append('\n');
            }
            b.append("AB  - ").append(String.format(Locale.ROOT, "An abstract about %s.", r.title()))
                    .append("\nER  - \n\n");
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** Six records about cardiogenic shock and others; the first two appear again in {@link #embase}. */
    static List<Ref> medline() {
        return List.of(
                new Ref("Microaxial flow pump in infarct-related cardiogenic shock", "Moller, JE", 2024,
                        "10.1056/NEJMoa2312572"),
                new Ref("Long-term outcomes of the DanGer Shock trial", "Jensen, LO", 2025, "10.1/danger.2"),
                new Ref("Extracorporeal life support in infarct-related cardiogenic shock", "Thiele, H", 2023,
                        "10.1056/NEJMoa2307227"),
                new Ref("Bleeding complications with percutaneous ventricular assist", "Dhruva, SS", 2020,
                        "10.1001/jama.2020.0254"),
                new Ref("Tuberculosis vaccine efficacy in adolescents", "Aronson, JD", 1948, "10.9/bcg"),
                new Ref("Statins for primary prevention in older adults", "Ridker, PM", 2018, "10.9/statin"));
    }

    static List<Ref> embase() {
        return List.of(medline().get(0), medline().get(2),
                new Ref("Hand hygiene compliance among nursing staff", "Pittet, D", 2000, "10.9/hygiene"));
    }
}
