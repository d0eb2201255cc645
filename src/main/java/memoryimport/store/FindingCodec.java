package memoryimport.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import memoryimport.model.SensitiveFinding;

/**
 * Findings as one text column: one finding a line, fields separated by tabs (explanations hold no values). Only the
 * first finding of each detector and kind is kept: the text is masked already and decide needs only the kinds, and an
 * entry listing a hundred emails must still fit its column.
 */
final class FindingCodec {

    private FindingCodec() {
    }

    static String encode(List<SensitiveFinding> findings) {
        if (findings.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Set<String> written = new HashSet<>();
        for (SensitiveFinding f : findings) {
            if (!written.add(f.detector() + '\t' + f.kind())) {
                continue;
            }
            out.append(clean(f.detector())).append('\t').append(clean(f.kind())).append('\t').append(f.start())
                    .append('\t').append(f.end()).append('\t').append(f.score()).append('\t')
                    .append(clean(f.explanation())).append('\n');
        }
        return out.toString();
    }

    static List<SensitiveFinding> decode(String column) {
        List<SensitiveFinding> findings = new ArrayList<>();
        if (column == null) {
            return findings;
        }
        for (String line : column.split("\n")) {
            String[] f = line.split("\t", 6);
            findings.add(new SensitiveFinding(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), f[5]));
        }
        return findings;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
