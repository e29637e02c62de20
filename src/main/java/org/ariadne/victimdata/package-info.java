/**
 * Victim statistics (issue 14): a case register of identified and presumed victims in which persons and incidents
 * are counted apart, re-trafficking is visible and no name is kept in clear.
 *
 * <ul>
 * <li>{@link org.ariadne.victimdata.VictimRegister}: victim-data officers record, read, link and export cases; each
 *     read, link and export goes to the register's access log, which the coordinator reviews. Identifying data
 *     typed once become linkage keys ({@code victimdata.linkage}) and are dropped; municipality, notes and the linkage
 *     record are sealed with AES-GCM ({@code ColumnSeal}) under {@code ARIADNE_VICTIMDATA_ENCRYPTIONKEY}. Retention
 *     anonymises cases closed long ago, keeping their statistics.</li>
 * <li>{@link org.ariadne.victimdata.VictimStatistics}: the register's aggregates (persons and cases counted apart,
 *     re-trafficking, persons reported by several institutions, referral delays, the Eurostat/HTCDS export), exact
 *     for officers, the coordinator and M&amp;E officers, through disclosure control ({@code common.disclosure}) for
 *     members and evaluators; never a case.</li>
 * <li>{@code victimdata.linkage}: the linkage without names in clear (keyed exact keys, Bloom-filter encodings,
 *     blocking), with the key rotation procedure.</li>
 * <li>{@link org.ariadne.victimdata.CaseImports}: cases imported from an institution's workbook (upload, preview
 *     with the linkage's proposals, confirm); the waiting workbook is sealed under the same key.</li>
 * <li>{@link org.ariadne.victimdata.RegisterIndicators}: plan indicators computed from the register, offered to the
 *     report that holds them through the reporting port {@code reporting :: spi} ({@code VictimComputedValues}) and
 *     through the disclosure rule ({@code IndicatorOffer}); and named to the dashboards through their port
 *     {@code dashboards :: spi} ({@code RegisterFigureDisclosure}), so that whoever reads the statistics protected
 *     sees those indicators' accepted values protected too.</li>
 * </ul>
 *
 * <p>Its part of the report to the government ({@code VictimStatisticsReportPart}, through the port
 * {@code documents :: spi}): the year's figures as they may be published.
 *
 * <p>Front door: the named interface {@code victimdata :: api} ({@link org.ariadne.victimdata.VictimRegister},
 * {@link org.ariadne.victimdata.VictimStatistics} and their records); nothing else of the register leaves the module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Victim data",
        allowedDependencies = {"common", "audit", "security", "institutions", "documents :: spi",
                "documents :: writers", "plan :: api", "reporting :: spi", "dashboards :: spi"})
package org.ariadne.victimdata;
