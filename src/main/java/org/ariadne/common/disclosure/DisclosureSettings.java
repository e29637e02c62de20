package org.ariadne.common.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The disclosure threshold ({@code ariadne.disclosure.threshold}, default 5): counts from 1 to one below it never
 * leave the register.
 */
@ConfigurationProperties("ariadne.disclosure")
public record DisclosureSettings(@DefaultValue("5") int threshold) {
}
