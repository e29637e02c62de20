package org.ariadne.victimdata;

import org.ariadne.victimdata.linkage.LinkageKey;
import org.ariadne.victimdata.linkage.VictimLinkage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Victim data settings. {@code linkage-key} is the secret under which identifying data are turned into linkage keys;
 * it comes from the environment only ({@code ARIADNE_VICTIMDATA_LINKAGEKEY}), never from a committed file. Without
 * it the application starts, but the linkage refuses to: {@link #linkage()} says what is missing.
 */
@ConfigurationProperties("ariadne.victimdata")
public record VictimDataProperties(String linkageKey) {

    /** The linkage under the configured key; refuses a missing key or one shorter than 32 bytes. */
    public VictimLinkage linkage() {
        return new VictimLinkage(LinkageKey.fromConfiguration(linkageKey));
    }

    /** Never the key itself, so that printing the settings cannot leak it. */
    @Override
    public String toString() {
        return "VictimDataProperties[linkageKey=" + (linkageKey == null || linkageKey.isBlank() ? "unset" : "***") + "]";
    }
}
