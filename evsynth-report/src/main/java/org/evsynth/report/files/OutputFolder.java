package org.evsynth.report.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder evsynth writes a set of files into (a report, an analysis bundle), which may also hold files of the
 * reviewer's. Everything is first written to a staging folder inside it, and moved into place only when all of it
 * was written, so a failure leaves the folder as it was. A manifest in the folder lists what evsynth wrote; the next
 * run removes those of its files it no longer writes, so nothing stale stays behind, and nothing else.
 *
 * <p>Nothing outside the folder is ever written or deleted: manifest entries that are absolute or climb out with
 * {@code ..} are ignored, a subfolder that is a symbolic link is refused rather than written through, and a symbolic
 * link where a file goes is replaced, not followed.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path dir;
    private final Path real;
    private final String manifest;
    private final Set<String> previous;
    private final List<String> ignored = new ArrayList<>();
    private final Path staging;

    private OutputFolder(Path dir, String manifest) throws IOException {
        this.dir = dir;
        this.manifest = manifest;
        Files.createDirectories(dir);
        this.real = dir.toRealPath();
        this.previous = readManifest();
        this.staging = Files.createTempDirectory(real, ".evsynth-staging-");
    }

    /**
     * Opens the folder (creating it if needed) with the name of its manifest file.
     *
     * @throws IOException if the folder cannot be created, or is a file
     */
    public static OutputFolder open(Path dir, String manifest) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir + " is a file, not a folder");
        }
        return new OutputFolder(dir, manifest);
    }

    /** The files the manifest of an earlier run lists, as paths relative to the folder. */
    public Set<String> previous() {
        return previous;
    }

    /** Manifest entries ignored because they name something outside the folder. */
    public List<String> ignoredEntries() {
        return List.copyOf(ignored);
    }

    /** Where a file goes while the work is staged: a path in the staging folder, its parent folders created. */
    public Path file(String relative) throws IOException {
        Path path = staging.resolve(checked(relative));
        Files.createDirectories(path.getParent());
        return path;
    }

    /** Writes a text file (UTF-8) to the staging folder. */
    public void writeString(String relative, String text) throws IOException {
        Files.writeString(file(relative), text, StandardCharsets.UTF_8);
    }

    /**
     * Moves every staged file into place, removes the files of the earlier run that this one did not write, and
     * writes the new manifest.
     *
     * @return the files replaced that no earlier run of evsynth wrote (the reviewer's own), relative to the folder
     * @throws UnsafeFolderException if a subfolder on the way to a file is a symbolic link or a file; nothing is moved
     */
    public List<String> commit() throws IOException {
        Set<String> written = stagedFiles();
        List<String> replaced = new ArrayList<>();
        for (String name : written) {
            Path target = inside(name);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafeFolderException(dir.resolve(name) + " is a folder where evsynth writes a file");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !previous.contains(name)) {
                replaced.add(name);
            }
        }
        for (String name : written) {
            Path target = real.resolve(name);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
        }
        for (String name : previous) {
            if (!written.contains(name)) {
                removeStale(name);
            }
        }
        Path list = staging.resolve(manifest);
        Files.writeString(list, String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        Files.move(list, real.resolve(manifest), StandardCopyOption.REPLACE_EXISTING);
        return replaced;
    }

    /** Removes the staging folder; after a failed run, the folder is as it was. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Set<String> stagedFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(staging)) {
            paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> names.add(staging.relativize(p).toString().replace('\\', '/')));
        }
        return names;
    }

    /**
     * The target of a file, after checking that each folder on the way to it is a real folder inside this one.
     *
     * @throws UnsafeFolderException for a symbolic link or a file on the way
     */
    private Path inside(String name) throws IOException {
        Path at = real;
        Path relative = Path.of(name);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            at = at.resolve(relative.getName(i));
            if (Files.isSymbolicLink(at)) {
                throw new UnsafeFolderException(dir.resolve(real.relativize(at)) + " is a symbolic link; evsynth "
                        + "writes only inside " + dir + ": remove the link or choose another folder");
            }
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafeFolderException(dir.resolve(real.relativize(at)) + " is a file where evsynth "
                        + "needs a folder");
            }
        }
        return real.resolve(name);
    }

    /** Deletes a file an earlier run wrote, if it is still a file (or a link) inside the folder; never a folder. */
    private void removeStale(String name) throws IOException {
        Path target;
        try {
            target = inside(name);
        } catch (UnsafeFolderException e) {
            ignored.add(name);
            return;
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
            Files.delete(target);
        }
    }

    private Set<String> readManifest() throws IOException {
        Path list = real.resolve(manifest);
        Set<String> names = new TreeSet<>();
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
            return names;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                names.add(checked(name));
            } catch (IllegalArgumentException e) {
                ignored.add(name);
            }
        }
        return names;
    }

    /**
     * A relative path that stays inside the folder, with '/' separators.
     *
     * @throws IllegalArgumentException for an absolute path, one that climbs out with '..', or the manifest itself
     */
    static String checked(String relative) {
        Path path = Path.of(relative.replace('\\', '/'));
        if (path.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\") || relative.contains(":")) {
            throw new IllegalArgumentException("'" + relative + "' is not a path inside the folder");
        }
        Path normal = path.normalize();
        if (normal.toString().isEmpty() || normal.startsWith("..") || !normal.equals(path)) {
            throw new IllegalArgumentException("'" + relative + "' is not a plain path inside the folder");
        }
        return normal.toString().replace('\\', '/');
    }

    /** A subfolder that is a symbolic link or a file where evsynth must write: refused, nothing written. */
    public static final class UnsafeFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeFolderException(String message) {
            super(message);
        }
    }
}
