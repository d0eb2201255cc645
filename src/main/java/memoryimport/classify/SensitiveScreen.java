package memoryimport.classify;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import memoryimport.classify.sensitive.Detector;
import memoryimport.classify.sensitive.DetectorChain;
import memoryimport.classify.sensitive.ContextWords;
import memoryimport.classify.sensitive.Detectors;
import memoryimport.classify.sensitive.PublicExamples;
import memoryimport.classify.sensitive.Text;
import memoryimport.model.Entry;
import memoryimport.model.RuleFiles;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.SensitiveFinding;

/**
 * Finds sensitive values in an entry and masks them as {@code [REDACTED:<kind>]}, so that nothing after this screen
 * ever sees them in clear. Findings say which detector found what kind of value where, never the value.
 *
 * <p>Detectors ({@link Detectors#table}) run in priority order: credentials, IBAN, payment cards, government ids,
 * bank accounts, birth dates, e-mail, home addresses, and phone numbers last; a later detector never claims
 * characters an earlier one claimed. Whether an entry with findings must be dropped is decided by the
 * {@link SensitivePolicy} (default {@code contact=drop}).
 *
 * <p>Thread-safe: one instance can screen from many threads.
 */
public final class SensitiveScreen {

    private static volatile List<Detector> defaultDetectors;
    private static volatile PublicExamples defaultExamples;

    private static final int USER_IDS_REMEMBERED = 100_000;
    /** no assistant saved memories before this day: an earlier "saved" date is a date the memory is about */
    private static final String FIRST_SAVED_DATE = "2015-01-01";
    /** a text of at most this many words is little more than the words around a date it was read with */
    private static final int SHORT_TEXT_WORDS = 4;

    private final DetectorChain detectors;
    /** the birth-date detectors, which also look at the date an entry was read with */
    private final DetectorChain birthDates;
    private final SensitivePolicy policy;
    /** published test values (test cards, sample keys, example.com): masked, never a reason to drop */
    private final PublicExamples examples;
    /** user id to its masked form (itself when it holds no value): a run has few users and many entries each */
    private final Map<String, String> userIds = new ConcurrentHashMap<>();

    /** The default detectors and the default policy ({@code contact=drop}). */
    public SensitiveScreen() {
        this(SensitivePolicy.DEFAULT);
    }

    /** The default detectors and the given policy. */
    public SensitiveScreen(SensitivePolicy policy) {
        this(defaults(), policy);
    }

    /** The detectors over these rule files (context words, phone regions) and the given policy. */
    public SensitiveScreen(SensitivePolicy policy, RuleFiles rules) {
        this(policy, rules, ContextWords.load(rules));
    }

    /** The context words read once, for the detectors and the published examples both. */
    private SensitiveScreen(SensitivePolicy policy, RuleFiles rules, ContextWords words) {
        this(Detectors.from(rules, words), policy, PublicExamples.from(words));
    }

    public SensitiveScreen(List<Detector> detectors, SensitivePolicy policy) {
        this(detectors, policy, defaultExamples());
    }

    public SensitiveScreen(List<Detector> detectors, SensitivePolicy policy, PublicExamples examples) {
        this.detectors = new DetectorChain(detectors);
        this.policy = policy;
        this.examples = examples;
        this.birthDates = new DetectorChain(
                detectors.stream().filter(d -> d.kind().equals(SensitivePolicy.BIRTH_DATE)).toList());
    }

    public SensitivePolicy policy() {
        return policy;
    }

    public ScreenedEntry screen(Entry entry) {
        String maskedUser = maskedUserId(entry.userId());
        if (maskedUser != null) {
            // a user id with a key or card in it is a broken row, not a user: say so without the value
            return new ScreenedEntry(new Entry(maskedUser, entry.sourceFile(), entry.line(), entry.savedAt(),
                    entry.heading(), masked(entry.text()), "user id holds a sensitive value", entry.id()),
                    List.of(), false);
        }
        if (entry.text().isEmpty()) {
            return new ScreenedEntry(entry, List.of(), false);
        }
        List<SensitiveFinding> findings = findings(entry.text());
        SensitiveFinding savedBirthDate = entry.isInvalid() ? null : savedDateIsABirthDate(entry, findings);
        if (savedBirthDate != null) {
            // "Daughter's birthday (12 March 2015)": the date read as when the memory was saved is the value itself
            Entry undated = new Entry(entry.userId(), entry.sourceFile(), entry.line(), null, entry.heading(),
                    entry.text(), entry.invalidReason(), entry.id());
            List<SensitiveFinding> all = new ArrayList<>(findings);
            all.add(savedBirthDate);
            return new ScreenedEntry(withText(undated, mask(entry.text(), findings)), all,
                    policy.mustDrop(SensitivePolicy.BIRTH_DATE));
        }
        if (findings.isEmpty()) {
            return new ScreenedEntry(entry, List.of(), false);
        }
        Entry masked = withText(entry, mask(entry.text(), findings));
        if (entry.isInvalid()) {
            return new ScreenedEntry(masked, List.of(), false); // shown in the report as read, never in clear
        }
        findings = published(entry.text(), findings);
        boolean mustDrop = findings.stream().anyMatch(f -> policy.mustDrop(f.kind()) && !f.explanation().endsWith(PUBLISHED));
        return new ScreenedEntry(masked, findings, mustDrop);
    }

    /**
     * The user id with its values masked when it holds one other than a contact (an e-mail address names a user), or
     * null when it holds none; each id is screened once.
     */
    private String maskedUserId(String userId) {
        String known = userIds.get(userId);
        if (known == null) {
            List<SensitiveFinding> findings = findings(userId);
            boolean holdsValue = findings.stream().anyMatch(f -> !SensitivePolicy.CONTACT_KINDS.contains(f.kind()));
            known = holdsValue ? mask(userId, findings) : userId;
            if (userIds.size() >= USER_IDS_REMEMBERED) {
                userIds.clear();
            }
            userIds.put(userId, known);
        }
        return known.equals(userId) ? null : known;
    }

    /**
     * A birth-date finding for the entry's saved date when the text makes it one, placed just past the text's end;
     * null when it is not. The date must be near a birth word, and either the text is little more than that word
     * ("Birthday - 12 March 1988" read as "Birthday" saved on 1988-03-12, "Daughter's birthday (12 March 2015)") or
     * the date is older than any assistant's memory ("[1988-04-03] - Was born on this day"); "Their father's birthday
     * is in May", saved on 2024-09-08, was saved then.
     */
    private SensitiveFinding savedDateIsABirthDate(Entry entry, List<SensitiveFinding> textFindings) {
        if (entry.savedAt() == null || entry.savedAt().length() != 10 || birthDates.isEmpty()
                || entry.savedAt().compareTo(FIRST_SAVED_DATE) >= 0 && moreWordsThan(entry.text(), SHORT_TEXT_WORDS)
                // a text that gives its birth date itself ("Born on 1985-02-03") was saved on the date it was read with
                || textFindings.stream().anyMatch(f -> f.kind().equals(SensitivePolicy.BIRTH_DATE))) {
            return null;
        }
        int at = entry.text().length() + 1;
        Text text = new Text(entry.text() + " " + entry.savedAt());
        birthDates.run(text);
        return text.findings().stream().filter(f -> f.start() >= at).findFirst()
                .map(f -> new SensitiveFinding(f.detector(), f.kind(), at - 1, at - 1, f.score(),
                        f.kind() + " (the date the entry was read with) found by detector " + f.detector()))
                .orElse(null);
    }

    /** Whether the text has more than {@code n} words, counted by the spaces between them (no regex per entry). */
    private static boolean moreWordsThan(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > n) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }

    private List<SensitiveFinding> findings(String value) {
        Text text = new Text(value);
        detectors.run(text);
        List<SensitiveFinding> findings = new ArrayList<>(text.findings());
        // a genealogist's or historian's "born 3 March 1879": no one living was born then, so no one's birth date
        findings.removeIf(f -> f.kind().equals(SensitivePolicy.BIRTH_DATE) && bornBeforeAnyoneLiving(value, f));
        findings.sort(Comparator.comparingInt(SensitiveFinding::start));
        return findings;
    }

    /** The oldest people alive were born about 115 years ago. */
    private static final int OLDEST_BIRTH_YEAR = Year.now().getValue() - 115;

    /** Whether the finding's value holds a four-digit year before anyone alive was born, and no later one. */
    private static boolean bornBeforeAnyoneLiving(String text, SensitiveFinding f) {
        int year = -1;
        int digits = 0;
        for (int i = f.start(); i <= Math.min(f.end(), text.length()); i++) {
            char c = i < text.length() && i < f.end() ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                digits++;
            } else {
                if (digits == 4) {
                    year = Math.max(year, Integer.parseInt(text.substring(i - 4, i)));
                }
                digits = 0;
            }
        }
        return year >= 1000 && year < OLDEST_BIRTH_YEAR;
    }

    private String masked(String value) {
        return value.isEmpty() ? value : mask(value, findings(value));
    }

    /** Ends the explanation of a finding whose value is a published example: masked, not a reason to drop. */
    static final String PUBLISHED = "; a published test value in a text about tests, masked but not a reason to drop";

    /**
     * The findings with those whose value is a published example (a test card, AWS's sample key) said to be one, when
     * the entry, its values blanked, says it is about a test or an example.
     */
    private List<SensitiveFinding> published(String text, List<SensitiveFinding> findings) {
        List<SensitiveFinding> out = null;
        for (int i = 0; i < findings.size(); i++) {
            SensitiveFinding f = findings.get(i);
            if (f.end() > f.start() && f.end() <= text.length() && examples.isPublished(text.substring(f.start(), f.end()))) {
                if (out == null) {
                    if (!examples.saysTest(blanked(text, findings))) {
                        return findings; // "Company card: 4111 1111 1111 1111": someone's, as far as the text says
                    }
                    out = new ArrayList<>(findings);
                }
                out.set(i, new SensitiveFinding(f.detector(), f.kind(), f.start(), f.end(), f.score(), f.explanation() + PUBLISHED));
            }
        }
        return out == null ? findings : out;
    }

    /** The text with every finding's characters made spaces: "example" in a value's domain says nothing of the text. */
    private static String blanked(String text, List<SensitiveFinding> findings) {
        StringBuilder b = new StringBuilder(text);
        for (SensitiveFinding f : findings) {
            for (int i = Math.max(0, f.start()); i < Math.min(f.end(), b.length()); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static PublicExamples defaultExamples() {
        PublicExamples e = defaultExamples;
        if (e == null) {
            e = PublicExamples.from(ContextWords.load(RuleFiles.shipped()));
            defaultExamples = e;
        }
        return e;
    }

    private static List<Detector> defaults() {
        List<Detector> d = defaultDetectors;
        if (d == null) {
            synchronized (SensitiveScreen.class) {
                d = defaultDetectors;
                if (d == null) {
                    d = Detectors.from(RuleFiles.shipped());
                    defaultDetectors = d;
                }
            }
        }
        return d;
    }

    /** {@code findings} in order of start. */
    private static String mask(String value, List<SensitiveFinding> findings) {
        StringBuilder masked = new StringBuilder(value);
        for (int i = findings.size() - 1; i >= 0; i--) {
            SensitiveFinding f = findings.get(i);
            masked.replace(f.start(), f.end(), "[REDACTED:" + f.kind() + "]");
        }
        return masked.toString();
    }

    private static Entry withText(Entry entry, String text) {
        return new Entry(entry.userId(), entry.sourceFile(), entry.line(), entry.savedAt(), entry.heading(), text,
                entry.invalidReason(), entry.id());
    }
}
