package memoryimport.dedupe;

import com.opencsv.CSVReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import memoryimport.model.Memory;

/**
 * The dedupe path of the decide step alone, timed on one thread: the kept and repeated entries of a run with
 * {@code --paraphrase=false} (its decisions.csv, in decide order) asked of a fresh memory per user, as the run asked
 * them. Prints microseconds an entry per round and how many answers differ from the run's (0 unless dedupe changed).
 * Not a test: see bench/README.md.
 *
 * <pre>java -cp target/classes:target/test-classes:CLASSPATH memoryimport.dedupe.DedupeBench DECISIONS.csv [ROUNDS]</pre>
 */
public final class DedupeBench {

    private static final int ENTRY_ID = 0;
    private static final int USER_ID = 1;
    private static final int SAVED_AT = 4;
    private static final int DECISION = 5;
    private static final int CATEGORY = 6;
    private static final int TEXT = 9;

    private DedupeBench() {
    }

    public static void main(String[] args) throws IOException, com.opencsv.exceptions.CsvValidationException {
        List<String[]> rows = new ArrayList<>();
        try (CSVReader csv = new CSVReader(new FileReader(args[0]))) {
            csv.readNext(); // header
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                if (row[DECISION].equals("kept") || row[DECISION].equals("duplicate")) {
                    rows.add(row);
                }
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        DedupeRules rules = DedupeRules.defaults();
        Deduper deduper = Deduper.nearOnly();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int differ = 0;
            String user = null;
            UserMemory memory = null;
            for (String[] row : rows) {
                if (!row[USER_ID].equals(user)) {
                    user = row[USER_ID];
                    memory = deduper.forUser(List.of());
                }
                Optional<?> repeat = memory.findRepeat(row[TEXT], row[ENTRY_ID]);
                if (repeat.isEmpty()) {
                    memory.add(new Memory(row[ENTRY_ID], user, row[TEXT], row[CATEGORY], row[SAVED_AT], "bench"));
                }
                differ += repeat.isEmpty() == row[DECISION].equals("kept") ? 0 : 1;
            }
            long dedupe = System.nanoTime() - start;
            start = System.nanoTime();
            long words = 0;
            for (String[] row : rows) {
                words += new TextAnalysis(row[TEXT], rules).content.size();
            }
            long analysis = System.nanoTime() - start;
            System.out.printf("round %d: %,d entries, dedupe %.2f us an entry, text analysis alone %.2f us (%,d words),"
                    + " %d answers differ from the run's%n", round, rows.size(), dedupe / 1e3 / rows.size(),
                    analysis / 1e3 / rows.size(), words, differ);
        }
    }
}
