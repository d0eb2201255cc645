package memoryimport.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.SensitiveFinding;

/**
 * Finds sensitive values in an entry and masks them, so that nothing after this screen ever sees them in clear.
 */
public final class SensitiveScreen {

    private record Detector(String id, String kind, Pattern pattern, boolean forbidsKeeping) {
    }

    private static final List<Detector> DETECTORS = List.of(
            new Detector("url-password", "credential", Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:[^\\s@]+@\\S+"), true),
            new Detector("aws-access-key", "credential", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"), true),
            new Detector("api-key", "credential", Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}"), true),
            new Detector("password-said", "credential",
                    Pattern.compile("(?i)\\b(?:password|passcode|pin|token|secret)\\b\\s*(?:is|:|=)\\s*\\S+"), true),
            new Detector("email", "email", Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b"), true));

    public ScreenedEntry screen(Entry entry) {
        if (entry.isInvalid()) {
            return new ScreenedEntry(mask(entry, List.of()), List.of(), false);
        }
        List<SensitiveFinding> findings = new ArrayList<>();
        boolean mustDrop = false;
        for (Detector d : DETECTORS) {
            Matcher m = d.pattern().matcher(entry.text());
            while (m.find()) {
                if (overlaps(findings, m.start(), m.end())) {
                    continue;
                }
                findings.add(new SensitiveFinding(d.id(), d.kind(), m.start(), m.end(), 0.9,
                        d.kind() + " found by " + d.id() + " at characters " + m.start() + "-" + m.end()));
                mustDrop |= d.forbidsKeeping();
            }
        }
        return new ScreenedEntry(mask(entry, findings), findings, mustDrop);
    }

    private static boolean overlaps(List<SensitiveFinding> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }

    private static Entry mask(Entry entry, List<SensitiveFinding> findings) {
        if (findings.isEmpty()) {
            return entry;
        }
        StringBuilder masked = new StringBuilder(entry.text());
        findings.stream().sorted(Comparator.comparingInt(SensitiveFinding::start).reversed())
                .forEach(f -> masked.replace(f.start(), f.end(), "[REDACTED:" + f.kind() + "]"));
        return new Entry(entry.userId(), entry.sourceFile(), entry.line(), entry.savedAt(), entry.heading(),
                masked.toString(), entry.invalidReason());
    }
}
