package memoryimport.job;

import memoryimport.classify.UserWork;
import memoryimport.model.ScreenedEntry;

/** A staged entry as decide reads it: with what its user's entries kept as work say of their job. */
public record UserEntry(ScreenedEntry screened, UserWork userWork) {
}
