/**
 * Data-quality checks on reported figures (seed 000 asks for harmonised data, seed 002 for regular quality checks;
 * DHIS2's validation rules and outlier detection are the model): rules the M&E officer sets for all of a plan's
 * indicators or for one ({@link org.ariadne.dataquality.CheckKind}: a value far from the institution's previous
 * ones, a cumulative figure that falls, two institutions far apart, a value without the evidence its means of
 * verification asks for), warnings on the report page before submitting and in the review (through
 * {@code reporting :: spi}), and a page per plan and period for the office. Front door: the
 * {@link org.ariadne.dataquality.DataQuality} facade, for its own pages. Entities and repositories are
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data quality",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "reporting :: api",
                "reporting :: spi", "reportingcycle :: api"})
package org.ariadne.dataquality;
