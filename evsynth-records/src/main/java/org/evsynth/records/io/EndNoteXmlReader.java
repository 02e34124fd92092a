package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordOrigin;

/**
 * EndNote XML ({@code <xml><records><record>...}), as EndNote, Zotero and Mendeley write it. Values may be
 * wrapped in {@code <style>} elements, which are transparent here; values that EndNote separates with
 * carriage returns (ISBNs, database names) are split at them. Parsed with the JDK's StAX reader, external
 * entities disabled.
 *
 * <p>A well-formedness error ends the parse: the records before it are kept and a warning names the line.
 */
public final class EndNoteXmlReader implements RecordReader {

    private static final XMLInputFactory FACTORY = createFactory();

    @Override
    public String id() {
        return "endnote-xml";
    }

    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        return start.startsWith("<?xml") && head.contains("<record") || start.startsWith("<xml>");
    }

    @Override
    public ImportResult read(String name, Reader input) throws IOException {
        WarningSink warnings = new WarningSink(name);
        List<BibRecord> records = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(input);
            readRecords(xml, name, records, warnings);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            warnings.add(line, null, "XML is not well formed, reading stopped after record "
                    + records.size() + ": " + e.getMessage().replaceAll("\\s+", " "));
        } finally {
            close(xml);
        }
        return new ImportResult(records, warnings.list());
    }

    private static void readRecords(XMLStreamReader xml, String name, List<BibRecord> records, WarningSink warnings)
            throws XMLStreamException {
        Deque<Frame> stack = new ArrayDeque<>();
        Map<String, List<String>> fields = null;
        int recordLine = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
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
                stack.push(new Frame(element, xml.getAttributeValue(null, "name")));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (!stack.isEmpty()) {
                    stack.peek().text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("record") && fields != null) {
                    addRecord(fields, new RecordOrigin(name, records.size() + 1, recordLine), records, warnings);
                    fields = null;
                } else if (!stack.isEmpty()) {
                    endElement(stack, fields);
                }
            }
        }
    }

    private static void endElement(Deque<Frame> stack, Map<String, List<String>> fields) {
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
                ? frame.nameAttribute : frame.text.toString().strip();
        if (!value.isEmpty()) {
            fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    private static void addRecord(Map<String, List<String>> fields, RecordOrigin origin, List<BibRecord> records,
            WarningSink warnings) {
        try {
            BibRecord record = EndNoteFields.toRecord(fields, origin);
            records.add(record);
        } catch (RuntimeException e) {
            warnings.add(origin.line(), null, "record skipped: " + e.getMessage());
        }
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

    /** An open element: its name, its name attribute (ref-type), and the text gathered so far. */
    private static final class Frame {
        final String element;
        final String nameAttribute;
        final StringBuilder text = new StringBuilder();
        boolean hasChildren;

        Frame(String element, String nameAttribute) {
            this.element = element;
            this.nameAttribute = nameAttribute;
        }
    }
}
