/**
 * Disclosure control: small counts never leave the register. {@link org.ariadne.common.disclosure.DisclosureControl}
 * protects a {@link org.ariadne.common.disclosure.CountTable} (a list, a grid or layers of grids, with all their
 * totals) into a {@link org.ariadne.common.disclosure.ProtectedTable}: counts below the threshold suppressed, and
 * enough others that none of them can be worked out from the totals. Published tables write a suppressed cell as
 * {@link org.ariadne.common.disclosure.SuppressedCells#MARK}, explained by the message
 * {@code common.disclosure.legend}.
 *
 * <p>Plain Java apart from the bean that reads the threshold from configuration.
 */
package org.ariadne.common.disclosure;
