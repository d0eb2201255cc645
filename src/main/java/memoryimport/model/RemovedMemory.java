package memoryimport.model;

/**
 * A memory taken out of a user's memory, remembered so that the same text read again does not come back.
 *
 * @param userId       owner
 * @param textKey      the text as exact repeats compare it (normalised)
 * @param reason       why it went, for the decision's reason: "replaced by e12... in run ...", "dropped by a reviewer ..."
 * @param supersededAt the saved date of the memory that replaced it (a text saved after it may come back); null for a
 *                     reviewer's drop, which holds whatever the date
 * @param runId        the run that took it out
 */
public record RemovedMemory(String userId, String textKey, String reason, String supersededAt, String runId) {

    /** Whether an entry saved at {@code savedAt} with this text stays out. */
    public boolean holdsOut(String savedAt) {
        return supersededAt == null || savedAt == null || savedAt.compareTo(supersededAt) <= 0;
    }
}
