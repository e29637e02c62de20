package org.ariadne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ariadne: monitoring and evaluation of national anti-trafficking strategies and action plans.
 * Each direct sub-package is a business module; see README "Where things are".
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AriadneApplication {

    public static void main(String[] args) {
        SpringApplication.run(AriadneApplication.class, args);
    }
}
