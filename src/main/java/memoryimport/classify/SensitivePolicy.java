package memoryimport.classify;

import java.util.Locale;
import java.util.Set;

/**
 * What the sensitive-value screen does with an entry once it has found something in it.
 *
 * <p>Every finding is always masked in the entry text as {@code [REDACTED:<kind>]}; the policy only decides
 * whether the entry may be kept at all ({@code mustDrop}):
 * <ul>
 *   <li>{@code credential}, {@code card}, {@code bank_account}, {@code iban}, {@code government_id},
 *       {@code birth_date}, {@code home_address}: the entry is always dropped, whatever the policy.</li>
 *   <li>Contact kinds {@code phone}, {@code email}, {@code messenger_id} and {@code business_id} (a business's tax or registration number,
 *       which for a sole trader names the person): under {@link #CONTACT_DROP} (the default, {@code contact=drop})
 *       the entry is dropped too; under {@link #CONTACT_MASK} ({@code contact=mask}) the entry may be kept with the
 *       value masked, e.g. "Team standup dial-in is [REDACTED:phone]".</li>
 * </ul>
 */
public enum SensitivePolicy {

    /** {@code contact=drop}: an entry with a phone number, e-mail address or business id is dropped (default). */
    CONTACT_DROP,
    /** {@code contact=mask}: an entry with only a phone number, e-mail address or business id is kept, value masked. */
    CONTACT_MASK;

    public static final SensitivePolicy DEFAULT = CONTACT_DROP;

    public static final String CREDENTIAL = "credential";
    public static final String CARD = "card";
    public static final String BANK_ACCOUNT = "bank_account";
    public static final String IBAN = "iban";
    public static final String GOVERNMENT_ID = "government_id";
    public static final String BIRTH_DATE = "birth_date";
    public static final String HOME_ADDRESS = "home_address";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    /** A business's VAT, tax or registration number: a sole trader's names its owner, so it is passed on masked only. */
    public static final String BUSINESS_ID = "business_id";
    /** A chat app's handle (WeChat, LINE, KakaoTalk, Telegram) given to be reached by: a contact, as a phone number is. */
    public static final String MESSENGER_ID = "messenger_id";

    /** Kinds that may be kept masked under {@link #CONTACT_MASK}. */
    public static final Set<String> CONTACT_KINDS = Set.of(PHONE, EMAIL, BUSINESS_ID, MESSENGER_ID);

    /** True when an entry holding a value of this kind must not be kept at all. */
    public boolean mustDrop(String kind) {
        return this == CONTACT_DROP || !CONTACT_KINDS.contains(kind);
    }

    /**
     * Reads {@code contact=drop} / {@code contact=mask} (or just {@code drop} / {@code mask}, or the enum name);
     * null or blank gives {@link #DEFAULT}.
     */
    public static SensitivePolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.startsWith("contact=")) {
            v = v.substring("contact=".length()).trim();
        }
        return switch (v) {
            case "drop", "contact-drop" -> CONTACT_DROP;
            case "mask", "contact-mask", "keep" -> CONTACT_MASK;
            default -> throw new IllegalArgumentException(
                    "Unknown sensitive policy '" + value + "', expected contact=drop or contact=mask");
        };
    }
}
