package org.ariadne.risks;

import java.util.Optional;

/**
 * The element a risk threatens, named as the officer finds it in the plan ({@code code} empty for the plan). Its
 * {@link #reference()} is what the forms send: "plan", "strategic-12", "specific-34", "activity-56".
 */
public record RiskElement(ElementKind kind, long id, String code, String title) {

    public String reference() {
        return switch (kind) {
            case PLAN -> "plan";
            case STRATEGIC_OBJECTIVE -> "strategic-" + id;
            case SPECIFIC_OBJECTIVE -> "specific-" + id;
            case ACTIVITY -> "activity-" + id;
        };
    }

    /** "A1.1.1 Training of police officers", or the plan's title. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }

    /** The page of the element in the plan module. */
    public String path() {
        return switch (kind) {
            case PLAN -> "/plans/" + id;
            case STRATEGIC_OBJECTIVE -> "/strategic-objectives/" + id + "/edit";
            case SPECIFIC_OBJECTIVE -> "/specific-objectives/" + id + "/edit";
            case ACTIVITY -> "/activities/" + id + "/edit";
        };
    }

    /** The kind and id of a reference as sent by a form; empty when it cannot be read. */
    public static Optional<Reference> parse(String reference) {
        if (reference == null || reference.isBlank() || reference.strip().equals("plan")) {
            return Optional.of(new Reference(ElementKind.PLAN, null));
        }
        var text = reference.strip();
        int dash = text.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        ElementKind kind = switch (text.substring(0, dash)) {
            case "strategic" -> ElementKind.STRATEGIC_OBJECTIVE;
            case "specific" -> ElementKind.SPECIFIC_OBJECTIVE;
            case "activity" -> ElementKind.ACTIVITY;
            default -> null;
        };
        try {
            return kind == null ? Optional.empty() : Optional.of(new Reference(kind, Long.parseLong(text.substring(dash + 1))));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    public record Reference(ElementKind kind, Long id) {
    }
}
