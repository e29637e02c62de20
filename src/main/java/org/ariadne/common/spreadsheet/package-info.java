/**
 * Reading uploaded spreadsheets (XLSX, XLS, CSV) into a plain grid of cells while refusing hostile files,
 * and writing exports whose text can never turn into a formula when opened in Excel or LibreOffice.
 */

package org.ariadne.common.spreadsheet;
