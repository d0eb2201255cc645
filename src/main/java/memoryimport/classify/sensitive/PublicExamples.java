package memoryimport.classify.sensitive;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values found by a detector that are published examples, as gitleaks allowlists them: payment providers' documented
 * test card numbers, AWS's sample keys, addresses at the domains reserved for examples (RFC 2606). They name no
 * person's card, key or mailbox, so an entry that says it is about a test or an example (a word of
 * {@code [published-test-context]} outside the values) is not dropped for one; the screen still masks the value. Said
 * as someone's own ("Company card: 4111 1111 1111 1111") it is dropped as any card: the writer may have meant a real one.
 * Read from the rule file's {@code [published-test-value]} (values, compared without spaces, dashes and dots) and
 * {@code [published-test-value-shape]} (patterns the whole value matches) groups. Asked only of a finding's value.
 */
public final class PublicExamples {

    public static final PublicExamples NONE = new PublicExamples(Set.of(), null, null);

    private final Set<String> values;
    private final Pattern shapes;
    private final Pattern testWords;

    private PublicExamples(Set<String> values, Pattern shapes, Pattern testWords) {
        this.values = values;
        this.shapes = shapes;
        this.testWords = testWords;
    }

    public static PublicExamples from(ContextWords words) {
        Set<String> values = words.get("published-test-value").stream().map(PublicExamples::compact)
                .collect(Collectors.toUnmodifiableSet());
        List<String> shapes = words.get("published-test-value-shape");
        List<String> context = words.get("published-test-context");
        return new PublicExamples(values, shapes.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", shapes) + ")"),
                context.isEmpty() ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
                        + context.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])"));
    }

    /** Whether the text (the entry with its values blanked) says it is about a test, a sandbox or an example. */
    public boolean saysTest(CharSequence text) {
        return testWords != null && testWords.matcher(text).find();
    }

    /** Whether this value, as a detector found it, is a published example rather than someone's. */
    public boolean isPublished(String value) {
        String v = value.strip();
        return values.contains(compact(v)) || shapes != null && shapes.matcher(v).matches();
    }

    private static String compact(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '-' && c != '.') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
