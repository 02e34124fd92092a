package org.evsynth.records.search.mesh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * NLM's {@code mtreesYYYY.bin}: one {@code Heading;TreeNumber} line per place of a descriptor in the tree
 * ("Cardiomyopathy, Dilated;C14.280.238.100"). The name may itself hold semicolons in no current descriptor, so
 * the tree number is taken after the last one.
 */
final class TreeNumberReader {

    private static final Pattern TREE_NUMBER = Pattern.compile("[A-Z]\\d{2}(\\.\\d{3})*");

    private TreeNumberReader() {
    }

    static List<MeshDescriptor> read(Path file, InputStream in) throws IOException {
        Map<String, List<String>> numbers = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.replace("\uFEFF", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            int semicolon = text.lastIndexOf(';');
            if (semicolon <= 0) {
                throw new MeshFileException(file, lineNumber, 0,
                        "expected 'Heading;TreeNumber' as in NLM's mtrees file, found '" + abbreviate(text) + "'");
            }
            String number = text.substring(semicolon + 1).strip();
            if (!TREE_NUMBER.matcher(number).matches()) {
                throw new MeshFileException(file, lineNumber, semicolon + 2,
                        "'" + abbreviate(number) + "' is not a MeSH tree number such as C14.280.238");
            }
            numbers.computeIfAbsent(text.substring(0, semicolon).strip(), k -> new ArrayList<>()).add(number);
        }
        List<MeshDescriptor> descriptors = new ArrayList<>();
        numbers.forEach((name, list) -> descriptors.add(new MeshDescriptor(name, list, List.of())));
        return descriptors;
    }

    static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
