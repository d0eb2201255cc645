package memoryimport.classify.sensitive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists read from a classpath data file ({@code rules/sensitive-context.txt}): {@code [group]} headers, one
 * word or phrase a line, {@code #} comments. Words with an upper-case letter are matched case-sensitively.
 */
public final class ContextWords {

    public static final String RESOURCE = "rules/sensitive-context.txt";

    private final Map<String, List<String>> groups;

    private ContextWords(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    public static ContextWords load(String resource) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines(resource)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(resource + ": word '" + line + "' before any [group] header");
            } else {
                current.add(Text.hasUpper(line) ? line : line.toLowerCase(java.util.Locale.ROOT));
            }
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return new ContextWords(Map.copyOf(groups));
    }

    /** The words of a group; fails fast when the data file lacks it. */
    public List<String> get(String group) {
        List<String> words = groups.get(group);
        if (words == null) {
            throw new IllegalStateException("Missing [" + group + "] in " + RESOURCE);
        }
        return words;
    }

    static List<String> lines(String resource) {
        ClassLoader cl = ContextWords.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
