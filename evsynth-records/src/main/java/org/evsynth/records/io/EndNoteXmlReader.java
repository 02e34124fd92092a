package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evsynth.records.BibRecord;
import org.evsynth.records.ControlCharacters;
import org.evsynth.records.RecordOrigin;

/**
 * EndNote XML ({@code <xml><records><record>...}), as EndNote, Zotero and Mendeley write it, recognised by its
 * root element {@code <xml>} however long the prolog before it. Values may be wrapped in {@code <style>}
 * elements, which are transparent here; values that EndNote separates with carriage returns (ISBNs, database
 * names) are split at them. Parsed with the JDK's StAX reader, DTDs and external entities disabled.
 *
 * <p>All or nothing ({@link RecordReader}): a document type declaration is refused before parsing (EndNote,
 * Zotero and Mendeley write none, and its entities could read local files or expand without bound), and XML
 * that stops being well formed, or ends too soon, throws {@link IncompleteFileException} with its line and
 * column. Control characters, which XML 1.0 forbids and broken writers still emit, are removed before the
 * parse and reported against the element that held them.
 */
public final class EndNoteXmlReader implements RecordReader {

    private static final XMLInputFactory FACTORY = createFactory();

    @Override
    public String id() {
        return "endnote-xml";
    }

    @Override
    public boolean recognizes(String text) {
        XmlProlog prolog = XmlProlog.scan(text);
        return prolog != null && "xml".equals(prolog.root());
    }

    @Override
    public ImportResult read(String name, Reader input) throws IOException {
        ControlCharacters.Stripped stripped = ControlCharacters.strip(TextLines.readAll(input));
        Parse parse = new Parse(name, stripped);
        XmlProlog prolog = XmlProlog.scan(parse.text);
        if (prolog != null && prolog.doctypeAt() >= 0) {
            throw parse.failure(parse.lines.lineAt(prolog.doctypeAt()), parse.lines.columnAt(prolog.doctypeAt()),
                    "a document type declaration (<!DOCTYPE>) is refused: EndNote, Zotero and Mendeley exports "
                            + "have none, and its entities could read local files or expand without bound");
        }
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new StringReader(parse.text));
            parse.records(xml);
        } catch (XMLStreamException e) {
            throw parse.notWellFormed(e);
        } finally {
            close(xml);
        }
        parse.removed.reportRest(parse.warnings);
        return new ImportResult(parse.records, parse.warnings.list());
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a reader over an in-memory source cannot lose data; the parse result stands.
        }
    }

    /** The state of one read: the text without control characters, what was removed, the records so far. */
    private static final class Parse {
        final String name;
        final String text;
        final LineIndex lines;
        final WarningSink warnings;
        final RemovedCharacters removed;
        final List<BibRecord> records = new ArrayList<>();

        Parse(String name, ControlCharacters.Stripped stripped) {
            this.name = name;
            this.text = stripped.text();
            this.lines = new LineIndex(text);
            this.warnings = new WarningSink(name);
            this.removed = new RemovedCharacters(stripped.removals(), lines::lineAt);
        }

        IncompleteFileException failure(int line, int column, String reason) {
            return new IncompleteFileException(name, line, column, reason, new ImportResult(records, warnings.list()));
        }

        IncompleteFileException notWellFormed(XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? 0 : at.getLineNumber();
            int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
            boolean atEnd = line >= lines.lines() && text.substring(Math.min(text.length(),
                    lines.offsetOf(line, column))).isBlank();
            return failure(line, column, atEnd ? "the file ends before its XML is complete (truncated?)"
                    : "XML is not well formed: " + parserMessage(e));
        }

        /** The parser's own explanation, without its "ParseError at [row,col]" preamble. */
        private static String parserMessage(XMLStreamException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int at = message.indexOf("Message: ");
            String reason = (at >= 0 ? message.substring(at + 9) : message).replaceAll("\\s+", " ").strip();
            return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        }

        void records(XMLStreamReader xml) throws XMLStreamException, IncompleteFileException {
            Deque<Frame> stack = new ArrayDeque<>();
            Map<String, List<String>> fields = null;
            int recordLine = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw failure(xml.getLocation().getLineNumber(), 0, "a document type declaration is refused");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("record")) {
                        fields = new LinkedHashMap<>();
                        recordLine = xml.getLocation().getLineNumber();
                        stack.clear();
                        continue;
                    }
                    if (!stack.isEmpty() && !element.equals("style")) {
                        stack.peek().hasChildren = true;
                    }
                    stack.push(new Frame(element, xml.getAttributeValue(null, "name"),
                            xml.getLocation().getLineNumber()));
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!stack.isEmpty()) {
                        stack.peek().text.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("record") && fields != null) {
                        addRecord(fields, new RecordOrigin(name, records.size() + 1, recordLine));
                        fields = null;
                    } else if (!stack.isEmpty()) {
                        endElement(stack, fields, xml.getLocation().getLineNumber());
                    }
                }
            }
        }

        private void endElement(Deque<Frame> stack, Map<String, List<String>> fields, int endLine) {
            Frame frame = stack.pop();
            Frame parent = stack.peek();
            if (frame.element.equals("style")) {
                if (parent != null) {
                    parent.text.append(frame.text);
                }
                return;
            }
            if (fields == null || frame.hasChildren) {
                return;
            }
            String key = frame.element.equals("author") || frame.element.equals("url")
                    ? (parent == null ? "" : parent.element + "/") + frame.element : frame.element;
            String value = frame.element.equals("ref-type") && frame.nameAttribute != null
                    ? frame.nameAttribute : withoutControls(frame, endLine).strip();
            if (!value.isEmpty()) {
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }

        /**
         * The element's text without control characters: those removed from the raw text on its lines and
         * those its character references (such as {@code &#x85;}) produced, reported in one warning.
         */
        private String withoutControls(Frame frame, int endLine) {
            RemovedCharacters.Claim raw = removed.claimLines(frame.line, endLine);
            ControlCharacters.Stripped referenced = ControlCharacters.strip(frame.text.toString());
            Set<Integer> codePoints = new LinkedHashSet<>(raw.codePoints());
            codePoints.addAll(referenced.removed());
            if (!codePoints.isEmpty()) {
                warnings.removedControls(raw.codePoints().isEmpty() ? frame.line : raw.firstLine(), frame.element,
                        List.copyOf(codePoints));
            }
            return referenced.text();
        }

        private void addRecord(Map<String, List<String>> fields, RecordOrigin origin) {
            try {
                records.add(EndNoteFields.toRecord(fields, origin));
            } catch (RuntimeException e) {
                warnings.add(origin.line(), null, "record skipped: " + e.getMessage());
            }
        }
    }

    /** An open element: its name, its name attribute (ref-type), its line, and the text gathered so far. */
    private static final class Frame {
        final String element;
        final String nameAttribute;
        final int line;
        final StringBuilder text = new StringBuilder();
        boolean hasChildren;

        Frame(String element, String nameAttribute, int line) {
            this.element = element;
            this.nameAttribute = nameAttribute;
            this.line = line;
        }
    }
}
