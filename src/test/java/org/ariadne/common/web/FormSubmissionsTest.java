package org.ariadne.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class FormSubmissionsTest {

    /** A form as the modules have them: a validated command record. */
    record Pledge(@NotBlank(message = "{pledge.name.required}") String name, @NotNull Integer amount, String note) {
    }

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 16, 30);

    private final StaticMessageSource messages = new StaticMessageSource();
    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
    private final LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    private final FormSubmissions forms;
    private final ExtendedModelMap model = new ExtendedModelMap();

    FormSubmissionsTest() {
        messages.setUseCodeAsDefaultMessage(false);
        messages.addMessage("pledge.name.required", Locale.ENGLISH, "Fill in the name.");
        messages.addMessage("typeMismatch", Locale.ENGLISH, "This is not a number.");
        messages.addMessage("pledge.field.name", Locale.ENGLISH, "Name");
        messages.addMessage("pledge.field.amount", Locale.ENGLISH, "Amount");
        messages.addMessage("pledge.too-late", Locale.ENGLISH, "The year {0} is closed.");
        messages.addMessage("pledge.conflict", Locale.ENGLISH, "{0} saved this at {1}.");
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        var conflicts = new ConflictTexts(messages, username -> "fatmira".equals(username) ? "Fatmira Krasniqi" : username,
                Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        forms = new FormSubmissions(conversion, validator, messages, conflicts);
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anUnreadableValueKeepsTheOtherInputAndShowsEveryReason() {
        var errors = submit("name", "", "amount", "a lot", "note", "keep me");
        var failure = new AtomicReference<FormFailure>();

        var page = forms.submission(Pledge.class, errors, model, Locale.ENGLISH).fieldLabels("pledge.field.")
                .save(() -> { throw new AssertionError("nothing is saved"); }, () -> "saved", f -> {
                    failure.set(f);
                    return "form";
                });

        assertThat(page).isEqualTo("form");
        assertThat(failure.get().reasons()).containsExactlyInAnyOrder("Name: Fill in the name.",
                "Amount: This is not a number.");
        assertThat(model.getAttribute("pledge")).isEqualTo(new Pledge(null, null, "keep me"));
        var shown = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "pledge");
        assertThat(shown.getFieldValue("amount")).isEqualTo("a lot");
        assertThat(shown.hasFieldErrors("name")).isTrue();
    }

    @Test
    void aRefusalGoesNextToItsFieldAndTheVersionStays() {
        var errors = submit("name", "Shelter", "amount", "5", "note", "");
        var failure = new AtomicReference<FormFailure>();

        forms.submission(Pledge.class, errors, model, Locale.ENGLISH).version(7)
                .refusalsAt(refused -> "pledge.too-late".equals(refused.messageKey()) ? "amount" : null)
                .save(() -> { throw new UserFacingException("pledge.too-late", "2016"); }, () -> "saved", f -> {
                    failure.set(f);
                    return "form";
                });

        assertThat(failure.get().reasons()).containsExactly("The year 2016 is closed.");
        assertThat(failure.get().version()).isEqualTo(7);
        assertThat(failure.get().conflict()).isNull();
        assertThat(errors.getFieldError("amount").getCode()).isEqualTo("pledge.too-late");
    }

    @Test
    void aConflictNamesWhoAndWhenAndOffersTheVersionSavedNow() {
        var errors = submit("name", "Shelter", "amount", "5", "note", "");
        var failure = new AtomicReference<FormFailure>();

        forms.submission(Pledge.class, errors, model, Locale.ENGLISH).version(3)
                .save(() -> { throw ConflictException.of("pledge.conflict", 4, "fatmira", NOW.withHour(14).withMinute(2)); },
                        () -> "saved", f -> {
                            failure.set(f);
                            return "form";
                        });

        assertThat(failure.get().reasons()).containsExactly("Fatmira Krasniqi saved this at 14:02.");
        assertThat(failure.get().version()).isEqualTo(4);
        assertThat(failure.get().conflict()).isNotNull();
    }

    @Test
    void aValidFormIsSavedAndEndsWhereTheCallerSays() {
        var errors = submit("name", "Shelter", "amount", "5", "note", "");

        var page = forms.submission(Pledge.class, errors, model, Locale.ENGLISH)
                .create(() -> 42L, id -> "redirect:/pledges/" + id, f -> "form");

        assertThat(page).isEqualTo("redirect:/pledges/42");
    }

    /** Binds the parameters to a Pledge and validates it, as Spring MVC does for {@code @Valid @ModelAttribute}. */
    private BindingResult submit(String... namesAndValues) {
        var request = new MockHttpServletRequest("POST", "/pledges");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var binder = new ServletRequestDataBinder(null, "pledge");
        binder.setTargetType(ResolvableType.forClass(Pledge.class));
        binder.setConversionService(conversion);
        binder.setValidator(validator);
        binder.construct(request);
        if (binder.getTarget() != null) {
            binder.validate();
        }
        return binder.getBindingResult();
    }
}
