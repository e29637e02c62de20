package org.ariadne.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the real database (H2 by default, PostgreSQL when
 * ARIADNE_TEST_DB_URL is set), with MockMvc for pages. Tests create their own data with unique names,
 * so they never depend on each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
// Not printing requests on failure: the printout includes each model's toString, which for a whole plan tree
// runs to hundreds of megabytes; failures are explained by the assertions themselves.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(TestDatabase.class)
public @interface AriadneIntegrationTest {
}
