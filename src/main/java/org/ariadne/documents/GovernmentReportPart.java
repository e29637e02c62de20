package org.ariadne.documents;

import java.util.List;
import java.util.Locale;

/**
 * A part of the yearly report to the government (the National Rapporteur's report) that another module writes: the
 * recommendations' follow-up, the evaluations and their management responses, the victim statistics (through their
 * disclosure rule). The documents module asks every bean implementing this port, in {@link #order()}, and puts the
 * sections it returns after the plan's progress; a module with nothing for the year returns no section. Sections are
 * built with the {@code documents :: writers} records, in the language asked for.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface GovernmentReportPart {

    /** Where the part goes among the others: lower first (recommendations 100, evaluations 200, victims 300). */
    int order();

    /** The part's sections on the plan for the calendar year, in {@code language}; empty when there is nothing. */
    List<ReportContent.Section> sections(long planId, int year, Locale language);
}
