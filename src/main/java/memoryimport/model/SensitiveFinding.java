package memoryimport.model;

/**
 * A sensitive value found in an entry. Holds where it is and what kind it is, never the value itself.
 *
 * @param detector    id of the detector that found it (e.g. {@code aws-access-key})
 * @param kind        kind of value shown to people (e.g. {@code credential}, {@code email}, {@code phone})
 * @param start       start offset in the entry text (inclusive)
 * @param end         end offset in the entry text (exclusive)
 * @param score       confidence 0..1
 * @param explanation what was found and why, for the report; must not contain the value
 */
public record SensitiveFinding(String detector, String kind, int start, int end, double score, String explanation) {
}
