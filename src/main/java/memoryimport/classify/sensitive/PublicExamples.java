package memoryimport.classify.sensitive;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values found by a detector that are published examples, as gitleaks allowlists them: payment providers' documented
 * test card numbers, AWS's sample keys, addresses at the domains reserved for examples (RFC 2606). They name no
 * person's card, key or mailbox, so an entry holding one is not dropped for it; the screen still masks the value.
 * Read from the rule file's {@code [published-test-value]} (values, compared without spaces, dashes and dots) and
 * {@code [published-test-value-shape]} (patterns the whole value matches) groups. Asked only of a finding's value.
 */
public final class PublicExamples {

    public static final PublicExamples NONE = new PublicExamples(Set.of(), null);

    private final Set<String> values;
    private final Pattern shapes;

    private PublicExamples(Set<String> values, Pattern shapes) {
        this.values = values;
        this.shapes = shapes;
    }

    public static PublicExamples from(ContextWords words) {
        Set<String> values = words.get("published-test-value").stream().map(PublicExamples::compact)
                .collect(Collectors.toUnmodifiableSet());
        List<String> shapes = words.get("published-test-value-shape");
        return new PublicExamples(values, shapes.isEmpty() ? null
                : Pattern.compile("(?:" + String.join("|", shapes) + ")"));
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
