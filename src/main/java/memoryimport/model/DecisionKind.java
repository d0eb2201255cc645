package memoryimport.model;

/** The decision words of the output contract (decisions.csv, summary.json). */
public enum DecisionKind {
    KEPT("kept"),
    DUPLICATE("duplicate"),
    DROPPED_PERSONAL("dropped_personal"),
    DROPPED_SENSITIVE("dropped_sensitive"),
    NEEDS_REVIEW("needs_review"),
    INVALID("invalid");

    private final String word;

    DecisionKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static DecisionKind fromWord(String word) {
        for (DecisionKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a decision word: " + word);
    }
}
