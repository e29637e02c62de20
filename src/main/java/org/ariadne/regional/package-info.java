/**
 * The regional comparison (issue 19 item 2; seed 004, MARRI's assessment of six participants' strategies): the regional
 * body keeps a regional indicator set ({@link org.ariadne.regional.RegionalIndicators}); each participant's M&amp;E
 * officer maps one of its own national plan indicators onto each ({@link org.ariadne.regional.RegionalMapping}); the
 * regional officer then sees the participants side by side ({@link org.ariadne.regional.RegionalComparison}): each
 * mapped indicator's value and progress as the dashboards count them (register-computed figures protected, as for a
 * member), and the seed's four criteria per participant (plan adopted, costed, monitored, evaluated) with the figure
 * behind each, on the page, as CSV/Excel and as a Word/PDF report. It reads other modules through their front doors
 * only; entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional comparison",
        allowedDependencies = {"common", "audit", "security", "plan :: api", "progress", "dashboards :: api",
                "reportingcycle :: api", "evaluations :: api", "documents :: writers"})
package org.ariadne.regional;
