package memoryimport.model;

/**
 * The one decision every entry read gets; what decisions.csv holds per row.
 *
 * @param entry       the entry (text already masked)
 * @param decision    the decision
 * @param category    category of a kept or dropped entry, or null
 * @param reason      why, for people
 * @param duplicateOf id of the entry this one repeats, for duplicates, else null
 * @param replaces    for a kept entry that updates a single-valued fact (employer, role, timezone...): the id of the
 *                    older memory it replaces, else null
 * @param replacedText the text of that older memory, else null
 */
public record Decision(Entry entry, DecisionKind decision, String category, String reason, String duplicateOf,
                       String replaces, String replacedText) {

    public Decision(Entry entry, DecisionKind decision, String category, String reason, String duplicateOf) {
        this(entry, decision, category, reason, duplicateOf, null, null);
    }

    public String entryId() {
        return entry.id();
    }
}
