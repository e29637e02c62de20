package org.ariadne.plan.web;

import java.util.Map;

import org.ariadne.common.UserFacingException;
import org.springframework.context.MessageSourceResolvable;

/**
 * Which field of a plan form a refusal is about, so the user sees it where they must correct it; refusals about the
 * whole form (a budget line without amount, an unknown institution) go to the top.
 */
final class Refusals {

    /** The form field each refusal is about, where there is exactly one. */
    private static final Map<String, String> FIELDS = Map.of(
            "plan.error.bad-code", "code",
            "plan.error.duplicate-code", "code",
            "plan.error.has-children", "code",
            "plan.error.end-before-start", "endDate",
            "plan.error.period-reversed", "endYear",
            "plan.error.scale-reversed", "scaleMax",
            "plan.error.not-responsible-account", "responsibleUsername");

    private Refusals() {
    }

    /** The form field {@code refused} is about, null when it is about the whole form. */
    static String fieldOf(UserFacingException refused) {
        var field = FIELDS.get(refused.messageKey());
        if (field != null) {
            return field;
        }
        // a value that does not fit the indicator type names the value as its first argument
        var arguments = refused.arguments();
        if (arguments.length > 0 && arguments[0] instanceof MessageSourceResolvable named && named.getCodes() != null
                && named.getCodes().length > 0 && named.getCodes()[0].equals("plan.indicator.baseline")) {
            return "baselineValue";
        }
        return null;
    }
}
