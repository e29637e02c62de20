/**
 * The dashboards' port: what another module tells the dashboards about the figures they show. Named interface
 * {@code dashboards :: spi}; the dashboards ask every bean implementing it and work without any.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.ariadne.dashboards.spi;
