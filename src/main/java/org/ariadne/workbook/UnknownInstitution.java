package org.ariadne.workbook;

import java.util.List;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.InstitutionView;

/**
 * A name in the workbook that the directory does not know, where it appeared, the closest known institution (if
 * any) and what will happen to it: created as a new institution of {@code type}, or mapped to
 * {@code mappedTo} (which also teaches the directory this spelling). {@code suggestions} are the institutions a
 * person would think of (by acronym, short name, names in other languages, spelling), best first; when there are
 * some and none is the same name, the decision is left to the officer.
 */
public record UnknownInstitution(String name, String key, List<Integer> rows, InstitutionView suggestion,
        Decision decision, List<InstitutionView> suggestions) {

    public UnknownInstitution(String name, String key, List<Integer> rows, InstitutionView suggestion,
            Decision decision) {
        this(name, key, rows, suggestion, decision, suggestion == null ? List.of() : List.of(suggestion));
    }

    public record Decision(boolean create, InstitutionType type, Long mappedTo) {

        static Decision create(InstitutionType type) {
            return new Decision(true, type, null);
        }

        /** Neither created nor mapped yet: the user has to say what the name is before the import can go ahead. */
        static Decision choose() {
            return new Decision(false, null, null);
        }

        static Decision map(long institutionId) {
            return new Decision(false, null, institutionId);
        }
    }
}
