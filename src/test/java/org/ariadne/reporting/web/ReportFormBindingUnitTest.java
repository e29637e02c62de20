package org.ariadne.reporting.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.ariadne.common.web.TypedNumbers;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.ServletRequestDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page's forms as Spring binds them: parts by their key (parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount), spending lines by their index, numbers as the
 * user's language writes them, and every value that cannot be read kept as typed with its own error.
 */
class ReportFormBindingUnitTest {

    private static final String FEMALE_UNDER_18 = "SEX=FEMALE|AGE_GROUP=UNDER_18";
    private static final String MALE_ADULT = "SEX=MALE|AGE_GROUP=ADULT";

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAlbanianValueFormBindsItsPartsByKeyWithAlbanianNumbers() {
        var request = request("total", "1.250,5", "parts[" + FEMALE_UNDER_18 + "].amount", "1.000,5",
                "parts['" + MALE_ADULT + "'].amount", "250", "note", "Nga regjistri");

        var binder = bind(ValueForm.class, request, Locale.forLanguageTag("sq"));

        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        var form = (ValueForm) binder.getTarget();
        assertThat(form.total()).isEqualByComparingTo("1250.5");
        assertThat(form.amounts()).containsOnlyKeys(FEMALE_UNDER_18, MALE_ADULT);
        assertThat(form.amounts().get(FEMALE_UNDER_18)).isEqualByComparingTo("1000.5");
        assertThat(form.command().parts().get(MALE_ADULT)).isEqualByComparingTo("250");
        assertThat(form.command().note()).isEqualTo("Nga regjistri");
    }

    @Test
    void anEmptyPartIsNoPartOfTheCommand() {
        var binder = bind(ValueForm.class, request("total", "", "parts[" + FEMALE_UNDER_18 + "].amount", "2",
                "parts[" + MALE_ADULT + "].amount", ""), Locale.ENGLISH);

        var command = ((ValueForm) binder.getTarget()).command();
        assertThat(command.total()).isNull();
        assertThat(command.parts()).containsOnlyKeys(FEMALE_UNDER_18);
    }

    @Test
    void spendingLinesBindByIndexAndTheEmptyLineStaysInTheFormButNotInTheCommand() {
        var binder = bind(ActivityForm.class, request("status", "STARTED", "narrative", "Trained 40 officers",
                "spending[0].kind", "DONOR", "spending[0].sourceInstitutionId", "7", "spending[0].amount", "1,250.50",
                "spending[1].kind", "STATE_BUDGET", "spending[1].sourceInstitutionId", "", "spending[1].amount", ""),
                Locale.ENGLISH);

        var form = (ActivityForm) binder.getTarget();
        assertThat(form.status()).isEqualTo(ActivityStatus.STARTED);
        assertThat(form.spending()).hasSize(2);
        var command = form.command();
        assertThat(command.spending()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(FundingSourceKind.DONOR);
            assertThat(line.sourceInstitutionId()).isEqualTo(7L);
            assertThat(line.amount()).isEqualByComparingTo(new BigDecimal("1250.50"));
        });
    }

    @Test
    void everyValueThatCannotBeReadIsAnErrorAtItsFieldWithTheTextAsTyped() {
        var binder = bind(ValueForm.class, request("total", "twelve", "numerator", "3",
                "parts[" + FEMALE_UNDER_18 + "].amount", "a few"), Locale.ENGLISH);

        var errors = binder.getBindingResult();
        assertThat(errors.getFieldError("total").getRejectedValue()).isEqualTo("twelve");
        assertThat(errors.getFieldError("total").getArguments()[1]).isEqualTo("twelve");
        assertThat(fields(errors)).contains("parts[" + FEMALE_UNDER_18 + "].amount");
        assertThat(errors.getFieldError("parts[" + FEMALE_UNDER_18 + "].amount").getRejectedValue()).isEqualTo("a few");
        assertThat(errors.getFieldError("total").getCodes()).contains("typeMismatch.valueForm.total");
        assertThat(errors.getFieldError("parts[" + FEMALE_UNDER_18 + "].amount").getCodes())
                .contains("typeMismatch.valueForm.parts.amount");
    }

    @Test
    void aNumeratorWithoutItsDenominatorAndALineWithoutItsAmountAreFoundWithTheOtherProblems() {
        var validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();

        var value = bind(ValueForm.class, request("numerator", "3", "note", "x".repeat(2001)), Locale.ENGLISH);
        validator.validate(value.getTarget(), value.getBindingResult());
        assertThat(fields(value.getBindingResult())).containsExactlyInAnyOrder("denominator", "note");

        var activity = bind(ActivityForm.class, request("spending[0].kind", "DONOR", "spending[0].sourceInstitutionId",
                "7", "spending[1].kind", "DONOR", "spending[1].amount", "-5"), Locale.ENGLISH);
        validator.validate(activity.getTarget(), activity.getBindingResult());
        assertThat(fields(activity.getBindingResult()))
                .containsExactlyInAnyOrder("spending[0].amount", "spending[1].amount");
    }

    private static java.util.List<String> fields(BindingResult result) {
        return result.getFieldErrors().stream().map(org.springframework.validation.FieldError::getField).toList();
    }

    private static MockHttpServletRequest request(String... namesAndValues) {
        var request = new MockHttpServletRequest("POST", "/");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    private static ServletRequestDataBinder bind(Class<?> type, MockHttpServletRequest request, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        var conversion = new DefaultFormattingConversionService();
        conversion.addFormatterForFieldType(BigDecimal.class, new TypedNumbers());
        var name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
        var binder = new ServletRequestDataBinder(null, name);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversion);
        binder.setBindingErrorProcessor(new TypedValueErrors());
        binder.construct(request);
        return binder;
    }
}
