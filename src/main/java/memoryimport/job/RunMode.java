package memoryimport.job;

import java.util.Locale;

/**
 * What this process is, chosen with {@code --mode}: {@code local} (default) runs the whole import with the parse and
 * decide partitions on local threads; {@code manager} runs the same import but sends the parse and decide partitions
 * to workers through a JMS queue; {@code worker} launches no import and runs the partitions managers send, until
 * stopped. A remote mode is also a Spring profile of the same name, which switches its configuration on.
 */
public enum RunMode {
    LOCAL, MANAGER, WORKER;

    public static final String MANAGER_PROFILE = "manager";
    public static final String WORKER_PROFILE = "worker";

    /** The mode named by {@code --mode=...} among the arguments, LOCAL when absent, null when not a mode. */
    public static RunMode fromArgs(String... args) {
        String value = ImportOptions.optionValue("mode", args);
        if (value == null || value.isBlank()) {
            return LOCAL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean remote() {
        return this != LOCAL;
    }

    /** The Spring profile that switches this mode's configuration on; null for local, which needs none. */
    public String profile() {
        return remote() ? name().toLowerCase(Locale.ROOT) : null;
    }
}
