/**
 * Where the plan stands, at a glance: the plan overview, an indicator's detail, an institution's view and the
 * budget, each as charts with the table behind them and downloads. {@link org.ariadne.dashboards.DashboardCharts}
 * is the one place where these charts are defined; the annual report reuses it.
 *
 * <p>Its port {@code dashboards :: spi} ({@link org.ariadne.dashboards.spi.FigureDisclosure}): a module that knows
 * some indicators' values are counts of persons a reader may see only protected (the victim register) says which;
 * their detail, downloads, place among the indicators off track and progress through the API then go through the
 * disclosure rule ({@code common.disclosure}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards",
        allowedDependencies = {"common", "plan :: api", "plan :: events", "reporting :: api", "reporting :: events",
                "reportingcycle :: api", "progress", "review :: api",
                "institutions", "security", "finance :: api", "risks :: api"})
package org.ariadne.dashboards;
