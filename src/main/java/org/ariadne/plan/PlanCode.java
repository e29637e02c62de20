package org.ariadne.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ariadne.common.text.NameKey;

/**
 * The numbering of the plans: {@code SO 1} (strategic objective), {@code SO 1.1} (specific objective),
 * {@code A1.1.1} (activity). Reads the ways people write them ("SO1.", "OS 1.1", "А1.1.1" with a Cyrillic A,
 * "Activity 1.1.1", a bare "1.1.1") and writes the one canonical form.
 */
@org.springframework.modulith.NamedInterface("changes")
public record PlanCode(Kind kind, List<Integer> numbers) {

    public enum Kind {
        STRATEGIC_OBJECTIVE, SPECIFIC_OBJECTIVE, ACTIVITY
    }

    private static final Pattern SHAPE = Pattern.compile("^(\\D*?)\\s*(\\d{1,3}(?:\\s*\\.\\s*\\d{1,3})*)\\s*[.:)]*$");

    public PlanCode {
        numbers = List.copyOf(numbers);
        var expected = switch (kind) {
            case STRATEGIC_OBJECTIVE -> 1;
            case SPECIFIC_OBJECTIVE -> 2;
            case ACTIVITY -> 3;
        };
        if (numbers.size() != expected || numbers.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("A " + kind + " code has " + expected + " positive numbers: " + numbers);
        }
    }

    /** Reads a code as typed; empty when it is not a plan code at all. */
    public static Optional<PlanCode> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(raw.replace('\u00A0', ' ').strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var prefix = NameKey.of(matcher.group(1));
        var numbers = Arrays.stream(matcher.group(2).split("\\.")).map(String::strip).map(Integer::valueOf).toList();
        if (numbers.stream().anyMatch(n -> n < 1)) {
            return Optional.empty();
        }
        Kind kind;
        if (isActivityPrefix(prefix)) {
            kind = Kind.ACTIVITY;
        } else if (prefix.isEmpty() || isObjectivePrefix(prefix)) {
            kind = switch (numbers.size()) {
                case 1 -> Kind.STRATEGIC_OBJECTIVE;
                case 2 -> Kind.SPECIFIC_OBJECTIVE;
                case 3 -> prefix.isEmpty() ? Kind.ACTIVITY : null;
                default -> null;
            };
        } else {
            kind = null;
        }
        if (kind == null || numbers.size() != (kind == Kind.ACTIVITY ? 3 : kind == Kind.SPECIFIC_OBJECTIVE ? 2 : 1)) {
            return Optional.empty();
        }
        return Optional.of(new PlanCode(kind, numbers));
    }

    private static boolean isActivityPrefix(String prefix) {
        // a / activity / aktiviteti / aktivnost / активност (transliterated by NameKey)
        return prefix.equals("a") || prefix.startsWith("activ") || prefix.startsWith("aktiv");
    }

    private static boolean isObjectivePrefix(String prefix) {
        var compact = prefix.replace(" ", "");
        return compact.equals("so") || compact.equals("os") || compact.equals("sc") || compact.equals("po")
                || compact.equals("ss") || compact.equals("sco") || prefix.contains("objective")
                || prefix.contains("objektiv") || prefix.contains("cilj") || prefix.contains("cel");
    }

    public static PlanCode strategic(int number) {
        return new PlanCode(Kind.STRATEGIC_OBJECTIVE, List.of(number));
    }

    public static PlanCode specific(int strategic, int number) {
        return new PlanCode(Kind.SPECIFIC_OBJECTIVE, List.of(strategic, number));
    }

    public static PlanCode activity(int strategic, int specific, int number) {
        return new PlanCode(Kind.ACTIVITY, List.of(strategic, specific, number));
    }

    /** The code of the element this one belongs to ({@code A1.2.3} belongs to {@code SO 1.2}); empty for SO n. */
    public Optional<PlanCode> parent() {
        return switch (kind) {
            case STRATEGIC_OBJECTIVE -> Optional.empty();
            case SPECIFIC_OBJECTIVE -> Optional.of(strategic(numbers.get(0)));
            case ACTIVITY -> Optional.of(specific(numbers.get(0), numbers.get(1)));
        };
    }

    public int last() {
        return numbers.get(numbers.size() - 1);
    }

    @Override
    public String toString() {
        var joined = String.join(".", numbers.stream().map(String::valueOf).toList());
        return kind == Kind.ACTIVITY ? "A" + joined : "SO " + joined;
    }

    /** Canonical text of a code, or the input upper-cased when it cannot be read (for messages). */
    public static String canonical(String raw) {
        return parse(raw).map(PlanCode::toString).orElse(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
    }
}
