package org.ariadne.common.web;

import java.util.List;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;

/**
 * Why a submitted form was not saved: every reason in the user's language (each invalid field, the refusal, or who
 * saved meanwhile), the version to send again (after a conflict: the one saved now) and the refusal itself, if the
 * module refused. The input as typed stays in the form's {@code BindingResult}.
 *
 * @param form    which form of the page failed, for pages with many ("rating"), or null
 * @param subject what the form was about (an activity's id), or null
 * @param refusal the module's refusal (a {@link ConflictException} when someone saved meanwhile); null for input
 *                that is not valid
 */
public record FormFailure(String form, Long subject, List<String> reasons, Integer version,
        UserFacingException refusal) {

    public FormFailure {
        reasons = List.copyOf(reasons);
    }

    /** Someone else saved meanwhile, or null. */
    public ConflictException conflict() {
        return refusal instanceof ConflictException conflict ? conflict : null;
    }

    /** True for the given form of the given subject: the one to show again with the reasons. */
    public boolean is(long subject, String form) {
        return this.subject != null && this.subject == subject && form.equals(this.form);
    }

    /** The same failure placed on one form of a page with many. */
    public FormFailure on(String form, long subject) {
        return new FormFailure(form, subject, reasons, version, refusal);
    }
}
