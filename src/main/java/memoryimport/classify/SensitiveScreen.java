package memoryimport.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import memoryimport.classify.sensitive.Detector;
import memoryimport.classify.sensitive.Detectors;
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

    private final List<Detector> detectors;
    private final SensitivePolicy policy;

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
        this(Detectors.from(rules), policy);
    }

    public SensitiveScreen(List<Detector> detectors, SensitivePolicy policy) {
        this.detectors = List.copyOf(detectors);
        this.policy = policy;
    }

    public SensitivePolicy policy() {
        return policy;
    }

    public ScreenedEntry screen(Entry entry) {
        if (entry.isInvalid() || entry.text().isEmpty()) {
            return new ScreenedEntry(entry, List.of(), false);
        }
        Text text = new Text(entry.text());
        for (Detector d : detectors) {
            d.detect(text);
        }
        List<SensitiveFinding> findings = new ArrayList<>(text.findings());
        if (findings.isEmpty()) {
            return new ScreenedEntry(entry, List.of(), false);
        }
        findings.sort(Comparator.comparingInt(SensitiveFinding::start));
        boolean mustDrop = findings.stream().anyMatch(f -> policy.mustDrop(f.kind()));
        return new ScreenedEntry(mask(entry, findings), findings, mustDrop);
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

    private static Entry mask(Entry entry, List<SensitiveFinding> findings) {
        StringBuilder masked = new StringBuilder(entry.text());
        for (int i = findings.size() - 1; i >= 0; i--) {
            SensitiveFinding f = findings.get(i);
            masked.replace(f.start(), f.end(), "[REDACTED:" + f.kind() + "]");
        }
        return new Entry(entry.userId(), entry.sourceFile(), entry.line(), entry.savedAt(), entry.heading(),
                masked.toString(), entry.invalidReason(), entry.id());
    }
}
