/**
 * Dedupe of a user's memory lines: exact, near and paraphrase repeats, and single-valued facts that replace older ones.
 *
 * <p>How the job uses it (domain code, no Spring):
 * <pre>{@code
 * Deduper deduper = Deduper.create(paraphrase);            // once per run; --paraphrase=false never loads the model
 * UserMemory user = deduper.forUser(memoryStore.memoriesOf(userId));   // per user, not thread-safe
 * Optional<DuplicateMatch> repeat = user.findRepeat(text);  // kind exact | near | paraphrase, score 0..1
 * Optional<SlotReplacement> replaces = user.findReplaced(text, category, savedAt); // old memory to replace
 * user.add(keptMemory);                                     // after deciding to keep
 * deduper.close();                                          // end of run
 * }</pre>
 *
 * <p>Thresholds, limits, aliases, synonyms, stop words and slot patterns are data in {@code rules/dedupe*}.
 */
package memoryimport.dedupe;
