package org.evsynth.report.bundle;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.evsynth.report.format.CellText;

/**
 * Reads YAML into {@link YamlNode}s with Jackson's streaming YAML parser, keeping each value's location. Control
 * characters are removed from keys and texts ({@link CellText#text}), those written as escapes ("\x01", "\f") as
 * well as those in the file itself, with a warning naming the line.
 */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final List<String> warnings;

    private YamlTreeReader(String file, List<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** A problem with the YAML itself: bad syntax, or a key given twice. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String path;

        SyntaxException(int line, String path, String message) {
            super(message);
            this.line = line;
            this.path = path;
        }

        int line() {
            return line;
        }

        String path() {
            return path;
        }
    }

    /**
     * The document's root node, or null for an empty document.
     *
     * @param file the file's name, for warnings
     * @param warnings where a removed control character is reported
     */
    static YamlNode read(String text, String file, List<String> warnings) throws IOException, SyntaxException {
        YamlTreeReader reader = new YamlTreeReader(file, warnings);
        try (JsonParser parser = FACTORY.createParser(new StringReader(reader.withoutControls(text)))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            return reader.node(parser, "");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SyntaxException(at == null ? 0 : at.getLineNr(), "", "not valid YAML: " + e.getOriginalMessage());
        }
    }

    /** The text with the control characters of each line removed (YAML refuses them), line breaks kept. */
    private String withoutControls(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = CellText.text(lines[i], warnings, file + ", line " + (i + 1));
        }
        return String.join("\n", lines);
    }

    private String clean(String text, int line, String path) {
        return CellText.text(text, warnings, file + ", line " + line + (path.isEmpty() ? "" : ", " + path));
    }

    private YamlNode node(JsonParser parser, String path) throws IOException, SyntaxException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
                Map<String, YamlNode> values = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = clean(parser.currentName(), keyAt.getLineNr(), path);
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    if (keys.containsKey(name)) {
                        throw new SyntaxException(keyAt.getLineNr(), childPath, String.format(java.util.Locale.ROOT,
                                "the key '%s' is given twice (first on line %d)", name, keys.get(name).line()));
                    }
                    keys.put(name, new YamlNode.Key(name, keyAt.getLineNr(), keyAt.getColumnNr()));
                    parser.nextToken();
                    values.put(name, node(parser, childPath));
                }
                return new YamlNode.Mapping(keys, values, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, path + "[" + i++ + "]"));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(clean(parser.getText(), line, path), YamlNode.Scalar.Type.STRING, line,
                        column);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.INTEGER, line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.FLOAT, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Type.BOOLEAN, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, YamlNode.Scalar.Type.NULL, line, column);
            }
            default -> throw new SyntaxException(line, path, "unexpected YAML content (" + token + ")");
        }
    }
}
