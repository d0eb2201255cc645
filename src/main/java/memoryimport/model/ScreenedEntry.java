package memoryimport.model;

import java.util.List;

/**
 * An entry after the sensitive-value screen: its text with every sensitive value masked. From here on the
 * clear text is gone; only this form is stored, decided on and written.
 *
 * @param entry      the entry, whose text is already the masked text
 * @param findings   what was masked (no values)
 * @param mustDrop   true when a finding's kind forbids keeping the entry at all (credential, card, id, ...)
 */
public record ScreenedEntry(Entry entry, List<SensitiveFinding> findings, boolean mustDrop) {

    public ScreenedEntry {
        findings = List.copyOf(findings);
    }
}
