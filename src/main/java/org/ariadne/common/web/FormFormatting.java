package org.ariadne.common.web;

import java.math.BigDecimal;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How forms read typed values: Spring's data binding with these formatters, never parsing by hand in a controller.
 * A value that cannot be read is a {@code typeMismatch} error next to its field ({@link FormSubmissions}).
 */
@Configuration(proxyBeanMethods = false)
class FormFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new TypedNumbers());
    }
}
