/**
 * Shared infrastructure every module may use: web layout and error pages, locale handling, text
 * normalisation ({@code text}), safe spreadsheet reading and writing ({@code spreadsheet}), disclosure control
 * of published counts ({@code disclosure}).
 * It holds no business rules and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ariadne.common;
