package memoryimport.dedupe;

import memoryimport.model.Memory;

/**
 * A newer text states a single-valued fact (employer, role, timezone, reply language, work location) with a different
 * value than a memory the user already has: that memory should be replaced by the new text.
 *
 * @param replaced the older memory whose text goes
 * @param slot     which fact, e.g. {@code employer}
 * @param oldValue the value the older memory states (normalised)
 * @param newValue the value the new text states (normalised)
 */
public record SlotReplacement(Memory replaced, String slot, String oldValue, String newValue) {

    public String describe() {
        return "replaces " + slot + " '" + oldValue + "' with '" + newValue + "'";
    }
}
