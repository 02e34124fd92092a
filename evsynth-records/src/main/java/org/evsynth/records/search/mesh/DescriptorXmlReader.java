package org.evsynth.records.search.mesh;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * NLM's MeSH descriptor XML ({@code descYYYY.xml}, {@code <DescriptorRecordSet>}), streamed with StAX so that the
 * 300 MB file is never held in memory. Per {@code <DescriptorRecord>} it keeps the preferred name
 * ({@code DescriptorName/String}), the tree numbers ({@code TreeNumberList/TreeNumber}) and the entry terms
 * ({@code ConceptList/Concept/TermList/Term/String}).
 *
 * <p>The parser refuses DTDs and external entities (OWASP XXE prevention for StAX): NLM's files declare a DTD
 * on the web, which is never fetched, and a file that tries to pull in a local file through an entity is refused
 * with its line and column.
 */
final class DescriptorXmlReader {

    private DescriptorXmlReader() {
    }

    static List<MeshDescriptor> read(Path file, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return descriptors(xml);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String problem = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", "");
            throw at == null ? new MeshFileException(file, "not well-formed XML: " + problem)
                    : new MeshFileException(file, at.getLineNumber(), at.getColumnNumber(),
                            "not well-formed XML: " + problem);
        } finally {
            close(xml);
        }
    }

    private static List<MeshDescriptor> descriptors(XMLStreamReader xml) throws XMLStreamException {
        List<MeshDescriptor> out = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        Record current = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.push(xml.getLocalName());
                text.setLength(0);
                if (xml.getLocalName().equals("DescriptorRecord")) {
                    current = new Record();
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity references such as &" + xml.getLocalName()
                        + "; are not read (MeSH files use none)", xml.getLocation());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = path.pop();
                if (current != null) {
                    current.take(element, path, text.toString().strip());
                    if (element.equals("DescriptorRecord")) {
                        current.finish(out);
                        current = null;
                    }
                }
                text.setLength(0);
            }
        }
        return out;
    }

    /** The parts of one descriptor record read so far. */
    private static final class Record {
        private String name;
        private final List<String> treeNumbers = new ArrayList<>();
        private final List<String> entryTerms = new ArrayList<>();

        void take(String element, Deque<String> parents, String value) {
            String parent = parents.peek();
            if (element.equals("String") && "DescriptorName".equals(parent) && grandparentIsRecord(parents)) {
                name = value;
            } else if (element.equals("TreeNumber")) {
                treeNumbers.add(value);
            } else if (element.equals("String") && "Term".equals(parent)) {
                entryTerms.add(value);
            }
        }

        /** The descriptor's own name, not the names of descriptors it refers to (pharmacological actions, ...). */
        private static boolean grandparentIsRecord(Deque<String> parents) {
            var it = parents.iterator();
            it.next();
            return it.hasNext() && it.next().equals("DescriptorRecord");
        }

        void finish(List<MeshDescriptor> out) {
            if (name != null && !treeNumbers.isEmpty()) {
                entryTerms.remove(name);
                out.add(new MeshDescriptor(name, treeNumbers, entryTerms));
            }
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing a reader of a stream its caller closes: nothing left to release
            }
        }
    }
}
