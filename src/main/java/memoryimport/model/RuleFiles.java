package memoryimport.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
