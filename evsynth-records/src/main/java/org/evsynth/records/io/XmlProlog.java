package org.evsynth.records.io;

/**
 * What comes before the root element of an XML text: declaration, comments, processing instructions and a
 * document type declaration, however long they are. Used to recognise EndNote XML by its root element and to
 * refuse a document type declaration before any parser sees it.
 *
 * @param doctypeAt offset of {@code <!DOCTYPE}, or -1 when there is none
 * @param root      the root element's name, or null when the text is not XML or ends before it
 */
record XmlProlog(int doctypeAt, String root) {

    /** The prolog of the text, or null when the text does not begin like XML. */
    static XmlProlog scan(String text) {
        int doctype = -1;
        int i = skipSpace(text, 0);
        while (i < text.length()) {
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.startsWith("<!DOCTYPE", i)) {
                doctype = i;
                i = afterDoctype(text, i + 9);
            } else if (text.charAt(i) == '<' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
                return new XmlProlog(doctype, name(text, i + 1));
            } else {
                return doctype >= 0 ? new XmlProlog(doctype, null) : null;
            }
            if (i < 0) {
                return new XmlProlog(doctype, null);
            }
            i = skipSpace(text, i);
        }
        return new XmlProlog(doctype, null);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** After the '>' that closes a document type declaration, past quoted strings and an internal subset. */
    private static int afterDoctype(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static String name(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>'
                && text.charAt(i) != '/') {
            i++;
        }
        return text.substring(from, i);
    }
}
