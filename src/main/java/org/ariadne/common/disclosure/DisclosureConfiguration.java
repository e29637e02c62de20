package org.ariadne.common.disclosure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one {@link DisclosureControl}, with the configured threshold. */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

    @Bean
    DisclosureControl disclosureControl(DisclosureSettings settings) {
        return new DisclosureControl(settings.threshold());
    }
}
