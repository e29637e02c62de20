package org.ariadne.victimdata.linkage;

import org.ariadne.victimdata.VictimDataProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkageKeyUnitTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(VictimDataProperties.class)
    static class Settings {
    }

    @Test
    void withoutAKeyTheLinkageRefusesToStartAndSaysWhatToSet() {
        context.run(started -> assertThatThrownBy(() -> started.getBean(VictimDataProperties.class).linkage())
                .isInstanceOf(LinkageKeyException.class)
                .hasMessageContaining("ariadne.victimdata.linkage-key")
                .hasMessageContaining("ARIADNE_VICTIMDATA_LINKAGEKEY")
                .hasMessageContaining("32 bytes"));
        assertThatThrownBy(() -> LinkageKey.fromConfiguration("   ")).isInstanceOf(LinkageKeyException.class);
        assertThatThrownBy(() -> LinkageKey.of(null)).isInstanceOf(LinkageKeyException.class);
    }

    @Test
    void aShortKeyIsRefusedWithoutShowingIt() {
        var shortKey = "only-twenty-five-bytes-xx";
        context.withPropertyValues("ariadne.victimdata.linkage-key=" + shortKey)
                .run(started -> assertThatThrownBy(() -> started.getBean(VictimDataProperties.class).linkage())
                        .isInstanceOf(LinkageKeyException.class)
                        .hasMessageContaining("has 25 bytes; at least 32")
                        .message().doesNotContain(shortKey));
        assertThatThrownBy(() -> LinkageKey.fromConfiguration("base64:c2hvcnQ=")).hasMessageContaining("has 5 bytes");
        assertThatThrownBy(() -> LinkageKey.fromConfiguration("base64:not base64!"))
                .isInstanceOf(LinkageKeyException.class).hasMessageContaining("not Base64");
    }

    @Test
    void aKeyOfThirtyTwoBytesFromTheEnvironmentStartsTheLinkageAndIsNeverPrinted() {
        var key = "base64:" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');
        context.withPropertyValues("ariadne.victimdata.linkage-key=" + key).run(started -> {
            var properties = started.getBean(VictimDataProperties.class);
            assertThat(properties.linkage()).isNotNull();
            assertThat(properties.toString()).doesNotContain(key.substring(7));
        });
        assertThat(LinkageKey.fromConfiguration(key).toString()).doesNotContain(key.substring(7));
    }
}
