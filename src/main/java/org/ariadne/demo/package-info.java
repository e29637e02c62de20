/**
 * Demo data for a first run: the 2015-2019 plan drawn from seed 002, demo institutions and one demo account per
 * role, all marked as demo, and a synthetic victim register of the last five years and this one, entered by the demo
 * victim-data officer. Only active with {@code ariadne.demo-data=true} (the {@code demo} profile).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"common", "security", "regional :: api", "institutions", "plan :: api", "plan :: changes", "workbook :: api",
                "reporting :: api", "reporting :: changes", "reportingcycle :: api", "reportingcycle :: changes",
                "victimdata :: api", "review :: api", "review :: changes", "finance :: api", "risks :: api", "strategy", "operationalplan :: api",
                "operationalplan :: changes",
                // coordination, services
                "coordination :: api", "services :: api",
                "evaluations :: api",
                "training :: api",
                // recommendations
                "recommendations :: api",
                // stakeholders
                "stakeholders :: api",
                // api: the demo police focal point's token
                "api"})
package org.ariadne.demo;
