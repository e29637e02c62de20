package org.ariadne.workbook;

/**
 * An element of the file that will not be imported, with where it is and why: refused itself (its problem is on
 * its own row) or lying under a refused objective (its problem is on that objective's row, {@code problemRow}).
 * The preview lists these so that nothing below a refused parent disappears without being named, while the problem
 * itself is told once.
 *
 * @param row        the row of the element in the sheet
 * @param code       the code as the file writes it; may be empty when the file gives none
 * @param title      the title as the file writes it; may be empty
 * @param problemRow the row of the message that explains why
 * @param indicators how many indicators the file gives the element (they are not imported either)
 */
public record RefusedElement(int row, String code, String title, int problemRow, int indicators) {

    /** True when the element is refused because of its parent rather than for a problem of its own. */
    public boolean underRefusedParent() {
        return problemRow != row;
    }

    /** How the element reads in a list: its code and title, whichever the file gives, never "null". */
    public String label() {
        var code = this.code == null ? "" : this.code.strip();
        var title = this.title == null ? "" : this.title.strip();
        return code.isEmpty() ? title : title.isEmpty() ? code : code + " " + title;
    }
}
