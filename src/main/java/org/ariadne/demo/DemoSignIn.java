package org.ariadne.demo;

import java.util.List;

import org.ariadne.security.SignInNotes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * What the sign-in page of the demo says: that the demo is being prepared while {@link DemoData} writes it (the web
 * server answers before that ends), then the demo accounts and what to try with each.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoSignIn implements SignInNotes {

    private volatile boolean preparing = true;

    @Override
    public boolean preparing() {
        return preparing;
    }

    @Override
    public List<SampleAccount> accounts() {
        return DemoData.ACCOUNTS;
    }

    @Override
    public String password() {
        return DemoData.PASSWORD;
    }

    /** Called when the demo data is written (or was found written). */
    void ready() {
        preparing = false;
    }

    /** For tests: the state of a first start, while the demo is still being written. */
    void preparingAgain() {
        preparing = true;
    }
}
