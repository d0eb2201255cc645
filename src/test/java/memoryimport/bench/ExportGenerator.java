package memoryimport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic input folder of N users × M entries: per-user Markdown and text exports in the shapes assistants
 * print, plus a bulk CSV, with repeats across a user's exports, personal details and sensitive values in realistic
 * shares. Deterministic for a seed.
 *
 * <pre>java -cp ... memoryimport.bench.ExportGenerator OUTPUT_DIR USERS ENTRIES_PER_USER [SEED]</pre>
 */
public final class ExportGenerator {

    private static final List<String> WORK = List.of(
            "Works as a %s at %s", "Uses %s and %s every day", "Prefers answers with %s first",
            "Leads a team of %d people in the %s group", "Goal for Q%d: ship the %s migration",
            "Writes reports for %s clients every week", "Wants %s examples in every answer",
            "Never use %s in replies", "Is preparing the %s audit for %s", "Reviews %s contracts before signing");
    private static final List<String> PERSONAL = List.of(
            "Has %d kids who play %s", "Goes %s every weekend", "Is training for a %s marathon",
            "Her partner is a %s", "Adopted a dog named %s");
    private static final List<String> SENSITIVE = List.of(
            "My VPN password is %s", "Card for travel: 4111 1111 1111 1111", "Personal email is %s@example.com");
    private static final List<String> WORDS = List.of("Python", "Kotlin", "Excel", "SAP", "Figma", "Terraform",
            "PostgreSQL", "tax", "payroll", "logistics", "cardiology", "contract", "compliance", "design", "retail",
            "hiking", "tennis", "Lisbon", "Berlin", "Miso", "nurse", "chef", "analyst", "engineer", "teacher");

    private final Random random;

    public ExportGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int users = Integer.parseInt(args[1]);
        int perUser = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long written = new ExportGenerator(seed).write(out, users, perUser);
        System.out.println("wrote " + written + " entries for " + users + " users under " + out);
    }

    /** Writes the folder; returns the number of entries written. Every tenth user goes into the bulk CSV. */
    public long write(Path out, int users, int perUser) throws IOException {
        Files.createDirectories(out);
        long entries = 0;
        try (BufferedWriter bulk = Files.newBufferedWriter(out.resolve("bulk.csv"), StandardCharsets.UTF_8)) {
            bulk.write("user_id,saved_at,content\n");
            for (int u = 0; u < users; u++) {
                String user = String.format("user-%06d", u);
                if (u % 10 == 9) {
                    for (int i = 0; i < perUser; i++) {
                        bulk.write(user + "," + date(i) + ",\"" + line(i).replace("\"", "\"\"") + "\"\n");
                    }
                } else {
                    writeUser(out.resolve(user), perUser);
                }
                entries += perUser;
            }
        }
        return entries;
    }

    private void writeUser(Path folder, int perUser) throws IOException {
        Files.createDirectories(folder);
        int inFirst = perUser - perUser / 3;
        try (BufferedWriter md = Files.newBufferedWriter(folder.resolve("chatgpt.md"), StandardCharsets.UTF_8);
             BufferedWriter txt = Files.newBufferedWriter(folder.resolve("claude.txt"), StandardCharsets.UTF_8)) {
            md.write("Here is everything I remember about you:\n\n```\n");
            txt.write("These are the memories I have saved for you:\n\n");
            for (int i = 0; i < perUser; i++) {
                String text = line(i);
                if (i < inFirst) {
                    md.write("[" + date(i) + "] - " + text + "\n");
                } else {
                    // a third repeats an earlier memory from the other assistant's export, as users' exports do
                    String repeated = random.nextInt(2) == 0 ? line(i) : line(random.nextInt(Math.max(inFirst, 1)));
                    txt.write("- " + repeated + "\n");
                }
            }
            md.write("```\n\nLet me know if you want me to forget anything.\n");
        }
    }

    private String line(int i) {
        int kind = random.nextInt(100);
        List<String> templates = kind < 70 ? WORK : kind < 95 ? PERSONAL : SENSITIVE;
        String template = templates.get(random.nextInt(templates.size()));
        Object[] values = new Object[2];
        for (int v = 0; v < 2; v++) {
            values[v] = template.contains("%d") && v == 0 ? (Object) (2 + random.nextInt(40))
                    : WORDS.get(random.nextInt(WORDS.size())) + (random.nextInt(4) == 0 ? " " + i : "");
        }
        String text = String.format(template.replace("%d", "%s"), values);
        return text.replace(" password is ", " password is P" + Integer.toHexString(random.nextInt()) + "!x");
    }

    private String date(int i) {
        return LocalDate.of(2023, 1, 1).plusDays((i * 7L + random.nextInt(5)) % 700).toString();
    }
}
