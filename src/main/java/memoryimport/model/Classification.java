package memoryimport.model;

/**
 * Work-or-personal verdict for one screened entry.
 *
 * @param decision one of KEPT, DROPPED_PERSONAL, DROPPED_SENSITIVE, NEEDS_REVIEW
 * @param category e.g. {@code instructions}, {@code tools}, {@code family}, {@code credential}; null when unknown
 * @param reason   the rules that fired and their cue words, for people
 */
public record Classification(DecisionKind decision, String category, String reason) {
}
