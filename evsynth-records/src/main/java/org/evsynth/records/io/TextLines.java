package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at CRLF, CR or LF, mixed freely, as exports from different tools are. */
final class TextLines {

    private TextLines() {
    }

    static String readAll(Reader input) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = input.read(buffer)) >= 0) {
            out.append(buffer, 0, n);
        }
        if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
