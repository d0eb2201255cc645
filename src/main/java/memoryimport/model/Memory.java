package memoryimport.model;

/**
 * A memory held in a user's memory store: what earlier runs and this run kept.
 *
 * @param entryId   id of the entry that became this memory
 * @param userId    owner
 * @param text      memory text (masked)
 * @param category  category it was kept under
 * @param savedAt   ISO date/month/year or null
 * @param runId     the run that kept it
 */
public record Memory(String entryId, String userId, String text, String category, String savedAt, String runId) {
}
