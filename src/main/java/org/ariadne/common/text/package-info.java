/**
 * Reading what people type into spreadsheets and forms: matching keys for names
 * ({@link org.ariadne.common.text.NameKey}), numbers in any local format
 * ({@link org.ariadne.common.text.LenientNumber}), periods as action plans write them
 * ({@link org.ariadne.common.text.PeriodText}) and small word sets
 * ({@link org.ariadne.common.text.Words}), in English, Albanian, Serbian (Latin and Cyrillic) and
 * Macedonian.
 *
 * <p>Plain Java without Spring, so importers, validators and tests can use it directly. Nothing
 * here throws on user text: problems come back as codes that the caller turns into messages in
 * the user's language.
 */
package org.ariadne.common.text;
