package memoryimport.classify;

import java.util.Map;

/**
 * What a user's entries kept as work say of their job, for reading their other entries: the personal words that
 * job makes words of that work ("horse" for an equine vet), each with the job words that did.
 */
public record UserWork(Map<String, String> jobOfWord, Map<String, String> specialJobOfWord) {

    /** A user whose entries name no such job, or an entry read alone. */
    public static final UserWork NONE = new UserWork(Map.of());

    public UserWork {
        jobOfWord = Map.copyOf(jobOfWord);
        specialJobOfWord = Map.copyOf(specialJobOfWord);
    }

    public UserWork(Map<String, String> jobOfWord) {
        this(jobOfWord, Map.of());
    }

    /**
     * The job that makes {@code cue}, a special category's term, a word of the user's work ("chemo" for an
     * oncologist); null when none does. Read so only in an entry with a work cue of its own that is not the user's own.
     */
    String specialJobOf(String cue) {
        return specialJobOfWord.get(cue);
    }

    boolean isEmpty() {
        return jobOfWord.isEmpty() && specialJobOfWord.isEmpty();
    }

    /** The job that makes {@code cue} (a term as cues are written) a word of the user's work; null when none does. */
    String jobOf(String cue) {
        return jobOfWord.get(cue);
    }
}
