package org.ariadne.workbook;

import java.util.List;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.InstitutionView;

/**
 * A name in the workbook that the directory does not know, where it appeared, the closest known institution (if
 * any) and what will happen to it: created as a new institution of {@code type}, or mapped to
 * {@code mappedTo} (which also teaches the directory this spelling).
 */
public record UnknownInstitution(String name, String key, List<Integer> rows, InstitutionView suggestion,
        Decision decision) {

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
