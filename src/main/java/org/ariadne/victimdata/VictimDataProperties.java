package org.ariadne.victimdata;

import org.ariadne.victimdata.linkage.LinkageKey;
import org.ariadne.victimdata.linkage.VictimLinkage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Victim data settings. {@code linkage-key} is the secret under which identifying data are turned into linkage keys,
 * {@code encryption-key} the one under which the register's sensitive columns are sealed; both come from the
 * environment only ({@code ARIADNE_VICTIMDATA_LINKAGEKEY}, {@code ARIADNE_VICTIMDATA_ENCRYPTIONKEY}), never from a
 * committed file, and must differ. Without them the application starts, but the register refuses to open or record a
 * case and says what is missing. {@code key-generation} counts rotations of the linkage key (README, "Victim linkage
 * key"); {@code retention-years} is how long after its closure a case keeps what could point at the person.
 */
@ConfigurationProperties("ariadne.victimdata")
public record VictimDataProperties(String linkageKey, String encryptionKey, Integer keyGeneration,
        Integer retentionYears) {

    public VictimDataProperties {
        keyGeneration = keyGeneration == null ? 1 : keyGeneration;
        retentionYears = retentionYears == null ? 10 : retentionYears;
    }

    /** The linkage under the configured key; refuses a missing key or one shorter than 32 bytes. */
    public VictimLinkage linkage() {
        return new VictimLinkage(LinkageKey.fromConfiguration(linkageKey));
    }

    ColumnSeal seal() {
        return ColumnSeal.fromConfiguration(encryptionKey);
    }

    /** Never the keys themselves, so that printing the settings cannot leak them. */
    @Override
    public String toString() {
        return "VictimDataProperties[linkageKey=" + shown(linkageKey) + ", encryptionKey=" + shown(encryptionKey)
                + ", keyGeneration=" + keyGeneration + ", retentionYears=" + retentionYears + "]";
    }

    private static String shown(String key) {
        return key == null || key.isBlank() ? "unset" : "***";
    }
}
