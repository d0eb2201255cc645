package memoryimport.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where rule files come from: a folder given on the command line, file by file, falling back to the rules shipped in
 * the jar ({@code /rules/...}), so an operator can override one lexicon, threshold or word list without copying the
 * rest. In {@code model} because classify and dedupe both read their rules through it.
 */
public final class RuleFiles {

    private final Path overrides;

    /** @param overrides folder whose files replace the shipped ones of the same relative name, or null */
    public RuleFiles(Path overrides) {
        this.overrides = overrides;
    }

    public static RuleFiles shipped() {
        return new RuleFiles(null);
    }

    /** The file's lines without comments ({@code #} at the start) and blank lines, stripped. */
    public List<String> lines(String relative) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + relative, e);
        }
        return lines;
    }

    /**
     * What the rules in force are, comparable between machines: {@code shipped} without an override folder, else the
     * SHA-256 of the folder's files (relative path and content) in name order.
     */
    public String fingerprint() {
        if (overrides == null) {
            return "shipped";
        }
        try (Stream<Path> walk = Files.walk(overrides)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(overrides.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + overrides, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public InputStream open(String relative) throws IOException {
        if (overrides != null) {
            Path file = overrides.resolve(relative);
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        }
        InputStream shipped = RuleFiles.class.getResourceAsStream("/rules/" + relative);
        if (shipped == null) {
            throw new IOException("no rule file " + relative);
        }
        return shipped;
    }
}
