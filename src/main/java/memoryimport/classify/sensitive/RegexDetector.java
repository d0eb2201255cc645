package memoryimport.classify.sensitive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.SensitiveFinding;

/**
 * A pattern detector, Presidio/gitleaks style. The value masked is the named group {@code v} when the pattern
 * has one, else the whole match.
 *
 * @param id          detector id shown in findings (e.g. {@code aws-access-key})
 * @param kind        kind of value (see {@link memoryimport.classify.SensitivePolicy})
 * @param pattern     the pattern
 * @param keywords    fast pre-filter: the pattern only runs when one of these occurs in the text (empty: always;
 *                    {@link DetectorChain} looks for all detectors' keywords at once)
 * @param minDigits   fast pre-filter: the pattern only runs when the text has at least this many digits
 * @param requires    fast pre-filter: a simple pattern that every match contains; the pattern only runs where it is
 *                    found (null: none)
 * @param validator   check digits, value checks, moving the end
 * @param context     words required near the value for weak patterns (empty: not required)
 * @param before      how many characters before the value the context may start
 * @param after       how many characters after the value the context may end
 * @param score       confidence 0..1
 * @param description what kind of value this is, for the explanation (never the value)
 * @param clause      true when the value is extended to a clause and must stop short of earlier findings
 */
public record RegexDetector(String id, String kind, Pattern pattern, Words keywords, int minDigits,
                            Pattern requires, Validator validator, Words context, int before, int after, double score,
                            String description, boolean clause) implements Detector {

    public static RegexDetector of(String id, String kind, String regex, String description) {
        return new RegexDetector(id, kind, Pattern.compile(regex), Words.NONE, 0, null, Validator.ANY, Words.NONE,
                0, 0, 0.9, description, false);
    }

    public RegexDetector keywords(List<String> words) {
        return new RegexDetector(id, kind, pattern, Words.of(words), minDigits, requires, validator, context, before,
                after, score, description, clause);
    }

    public RegexDetector keywords(String... words) {
        return keywords(List.of(words));
    }

    public RegexDetector minDigits(int n) {
        return new RegexDetector(id, kind, pattern, keywords, n, requires, validator, context, before, after, score,
                description, clause);
    }

    /** Runs the pattern only on texts where {@code regex}, which every match contains, is found. */
    public RegexDetector requires(String regex) {
        return new RegexDetector(id, kind, pattern, keywords, minDigits, Pattern.compile(regex), validator, context,
                before, after, score, description, clause);
    }

    public RegexDetector validate(Validator v) {
        return new RegexDetector(id, kind, pattern, keywords, minDigits, requires, v, context, before, after, score,
                description, clause);
    }

    /** Requires one of the words within {@code before} characters before or {@code after} after the value. */
    public RegexDetector near(List<String> words, int before, int after) {
        Words near = Words.of(words);
        return new RegexDetector(id, kind, pattern, keywords.isEmpty() ? near : keywords, minDigits, requires,
                validator, near, before, after, score, description, clause);
    }

    public RegexDetector score(double s) {
        return new RegexDetector(id, kind, pattern, keywords, minDigits, requires, validator, context, before, after,
                s, description, clause);
    }

    public RegexDetector toClauseEnd() {
        return new RegexDetector(id, kind, pattern, keywords, minDigits, requires, validator, context, before, after,
                score, description, true);
    }

    private boolean hasValueGroup() {
        return pattern.pattern().contains("(?<v>");
    }

    @Override
    public void detect(Text text) {
        String s = text.text();
        if (text.digits() < minDigits || requires != null && !requires.matcher(s).find()) {
            return;
        }
        Matcher m = pattern.matcher(s);
        if (!m.find()) {
            return;
        }
        boolean group = hasValueGroup(); // a search of the pattern's source: only for a text it matches
        do {
            int start = group && m.start("v") >= 0 ? m.start("v") : m.start();
            int end = group && m.start("v") >= 0 ? m.end("v") : m.end();
            end = validator.end(s, start, end, m);
            if (end <= start) {
                continue;
            }
            if (!context.isEmpty() && !text.hasWord(context, start - before, start)
                    && !text.hasWord(context, end, end + after)) {
                continue;
            }
            if (clause) {
                end = text.freeUntil(start, end);
                while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
                    end--;
                }
                if (end <= start) {
                    continue;
                }
            } else if (!text.isFree(start, end)) {
                continue;
            }
            text.findings().add(finding(id, kind, start, end, score, description));
        } while (m.find());
    }

    /** The explanation names the detector, the kind and the position; never the value. */
    static SensitiveFinding finding(String id, String kind, int start, int end, double score, String description) {
        return new SensitiveFinding(id, kind, start, end, score,
                kind + " (" + description + ") found by detector " + id + " at characters " + start + "-" + end);
    }
}
