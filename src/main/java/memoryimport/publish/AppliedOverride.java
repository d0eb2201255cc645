package memoryimport.publish;

/**
 * A reviewer's override that the run applied, for the report's "Overrides applied" section.
 *
 * @param entryId     the entry the override named
 * @param userId      whose entry it is
 * @param oldDecision decision word the run made before the override (e.g. needs_review)
 * @param newDecision decision word after it (kept or the dropped word the caller chose)
 * @param note        the reviewer's note, may be empty or null
 */
public record AppliedOverride(String entryId, String userId, String oldDecision, String newDecision, String note) {
}
