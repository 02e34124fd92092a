package org.evsynth.records.search.mesh;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The MeSH descriptor tree: find a descriptor by any of its names, and list what lies below it.
 *
 * <p>Narrower descriptors are those with a tree number that extends one of the descriptor's own
 * ({@code C14.280.238} → {@code C14.280.238.100}), in any of its branches, as Ovid's {@code exp} and PubMed's
 * automatic explosion of {@code [mh]} take them (NLM, "MeSH Tree Structures"; Ovid, "Explode").
 */
public final class MeshTree {

    private final Map<String, MeshDescriptor> byName;
    private final NavigableMap<String, MeshDescriptor> byTreeNumber;
    private final UnaryOperator<String> normalizer;
    private final String source;

    private MeshTree(List<MeshDescriptor> descriptors, UnaryOperator<String> normalizer, String source) {
        this.normalizer = normalizer;
        this.source = source;
        Map<String, MeshDescriptor> names = new HashMap<>();
        NavigableMap<String, MeshDescriptor> numbers = new TreeMap<>();
        for (MeshDescriptor d : descriptors) {
            names.put(normalizer.apply(d.name()), d);
            d.treeNumbers().forEach(n -> numbers.put(n, d));
        }
        for (MeshDescriptor d : descriptors) {
            // a preferred name always wins over another descriptor's entry term
            d.entryTerms().forEach(t -> names.putIfAbsent(normalizer.apply(t), d));
        }
        this.byName = Map.copyOf(names);
        this.byTreeNumber = numbers;
    }

    /**
     * A tree of the given descriptors.
     *
     * @param normalizer how names are compared (evsynth folds case, accents and punctuation, as it does for the
     *                   subject headings of records)
     * @param source     where the descriptors came from, for notes
     */
    public static MeshTree of(List<MeshDescriptor> descriptors, UnaryOperator<String> normalizer, String source) {
        return new MeshTree(descriptors, normalizer, source);
    }

    /**
     * Reads NLM's descriptor XML ({@code descYYYY.xml}) or tree-number file ({@code mtreesYYYY.bin}), told apart by
     * their first character.
     *
     * @throws MeshFileException when the file is missing, empty or not one of the two, naming line and column
     */
    public static MeshTree read(Path file, UnaryOperator<String> normalizer) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            if (start.isEmpty()) {
                throw new MeshFileException(file, "the file is empty");
            }
            List<MeshDescriptor> descriptors = start.startsWith("<")
                    ? DescriptorXmlReader.read(file, in) : TreeNumberReader.read(file, in);
            if (descriptors.isEmpty()) {
                throw new MeshFileException(file, "no MeSH descriptors with tree numbers in the file");
            }
            return new MeshTree(descriptors, normalizer, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new MeshFileException(file, "no such file");
        } catch (IOException e) {
            throw new MeshFileException(file, "cannot be read: " + e.getMessage());
        }
    }

    /** The descriptor with this preferred name or entry term. */
    public Optional<MeshDescriptor> find(String name) {
        return Optional.ofNullable(byName.get(normalizer.apply(name)));
    }

    /** The descriptor and every descriptor below it, in tree order, each once. */
    public List<MeshDescriptor> explode(MeshDescriptor descriptor) {
        Set<MeshDescriptor> out = new LinkedHashSet<>();
        out.add(descriptor);
        for (String number : descriptor.treeNumbers()) {
            // '/' sorts right after '.', so this range is exactly the numbers that extend "number."
            out.addAll(byTreeNumber.subMap(number + ".", true, number + "/", false).values());
        }
        return new ArrayList<>(out);
    }

    /** How many descriptors the tree holds. */
    public int size() {
        return (int) byTreeNumber.values().stream().distinct().count();
    }

    /** The file the tree was read from. */
    public String source() {
        return source;
    }
}
