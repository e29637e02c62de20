package org.ariadne.workbook;

/**
 * A column of the file whose header Ariadne does not recognise, or whose meaning the officer gave: its header cell
 * ("D3") and text, the header's folded {@code key} the choice is sent back with, the choice in force (a
 * {@link WorkbookColumn} name, {@link ColumnChoices#IGNORE}, or null while undecided), whether that choice was
 * remembered from an earlier file with the same layout, and the column's first value to help the officer decide.
 */
public record ColumnQuestion(String cell, String header, String key, String choice, boolean remembered, String sample) {

    public boolean undecided() {
        return choice == null;
    }
}
