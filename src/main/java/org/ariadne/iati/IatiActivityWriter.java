package org.ariadne.iati;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.ariadne.finance.CommitmentKind;
import org.ariadne.finance.CommitmentView;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.Direction;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.ResultLevel;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.reporting.ReportedActivities.Spending;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the IATI 2.03 activity file with the JAXP DOM, each activity's elements in the order of the schema's
 * {@code iati-activity} sequence (identifier, reporting-org, title, description, participating-org, activity-status,
 * activity-date, recipient-country, sector, budget, transaction, result). Codes are IATI's codelists: OrganisationRole
 * (1 funding, 2 accountable, 4 implementing), ActivityStatus, ActivityDateType (1 planned start, 3 planned end),
 * BudgetType 1 original and BudgetStatus 1 indicative (the plan's budget is a plan, not a contract), TransactionType
 * (11 incoming commitment, 13 incoming pledge, 4 expenditure), ResultType and IndicatorMeasure.
 */
final class IatiActivityWriter {

    /** What the file is made of, read by {@link IatiActivityFiles} through the other modules' front doors. */
    record Input(IatiProperties publisher, Locale language, OffsetDateTime generatedAt, LocalDate today,
            String currency, PlanTree tree, List<ActivityView> activities, InstitutionDirectory directory,
            List<CommitmentView> commitments, List<Spending> spending, Map<Long, Map<Integer, BigDecimal>> actuals,
            Map<Long, IndicatorProgress> finalValues) {
    }

    private final Input in;
    private Document document;

    IatiActivityWriter(Input in) {
        this.in = in;
    }

    byte[] write() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        var root = document.createElement("iati-activities");
        root.setAttribute("version", "2.03");
        root.setAttribute("generated-datetime", dateTime(in.generatedAt()));
        document.appendChild(root);
        for (var activity : in.activities()) {
            root.appendChild(activity(activity));
        }
        return serialise();
    }

    private Element activity(ActivityView activity) {
        var plan = in.tree().plan();
        var element = document.createElement("iati-activity");
        element.setAttribute("last-updated-datetime", dateTime(in.generatedAt()));
        element.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", in.language().getLanguage());
        element.setAttribute("default-currency", in.currency());
        child(element, "iati-identifier").setTextContent(identifier(activity));
        var reporting = child(element, "reporting-org");
        reporting.setAttribute("ref", in.publisher().reportingOrgRef());
        reporting.setAttribute("type", in.publisher().reportingOrgType());
        narrative(reporting, in.publisher().reportingOrgName());
        narrative(child(element, "title"), activity.code() + " " + activity.title());
        // description type 1 general (the "how"), type 2 objectives (the expected result)
        var general = child(element, "description");
        general.setAttribute("type", "1");
        narrative(general, firstOf(activity.description(), activity.title()));
        if (activity.expectedResult() != null) {
            var objectives = child(element, "description");
            objectives.setAttribute("type", "2");
            narrative(objectives, activity.expectedResult());
        }
        participatingOrganisations(element, activity);
        child(element, "activity-status").setAttribute("code", status(activity));
        var start = activity.startDate() != null ? activity.startDate() : LocalDate.of(plan.startYear(), 1, 1);
        var end = activity.endDate() != null ? activity.endDate() : LocalDate.of(plan.endYear(), 12, 31);
        activityDate(element, "1", start);
        activityDate(element, "3", end);
        if (!in.publisher().recipientCountry().isBlank()) {
            var country = child(element, "recipient-country");
            country.setAttribute("code", in.publisher().recipientCountry().strip().toUpperCase(Locale.ROOT));
            country.setAttribute("percentage", "100");
        }
        var sector = child(element, "sector");
        sector.setAttribute("vocabulary", "1");
        sector.setAttribute("code", in.publisher().sectorCode());
        budgets(element, activity);
        transactions(element, activity);
        results(element, activity);
        return element;
    }

    /** The office's organisation identifier, the plan and the activity's code: unique across the office's plans. */
    private String identifier(ActivityView activity) {
        return in.publisher().reportingOrgRef() + "-AP" + in.tree().plan().id() + "-"
                + activity.code().strip().replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private void participatingOrganisations(Element element, ActivityView activity) {
        // funders: the donors of the budget lines and of the commitments allocated to the activity, each once
        var funders = new LinkedHashMap<String, InstitutionType>();
        for (var line : activity.budgetLines()) {
            if (line.kind() == FundingSourceKind.DONOR && line.sourceInstitutionId() != null) {
                in.directory().byId(line.sourceInstitutionId())
                        .ifPresent(i -> funders.putIfAbsent(i.nameIn(in.language()), i.type()));
            }
        }
        for (var commitment : allocatedTo(activity)) {
            if (commitment.source() == FundingSourceKind.DONOR) {
                var institution = in.directory().byId(commitment.funderInstitutionId());
                funders.putIfAbsent(institution.map(i -> i.nameIn(in.language())).orElse(commitment.funder()),
                        institution.map(i -> i.type()).orElse(null));
            }
        }
        funders.forEach((name, type) -> organisation(element, "1", name, type, null));
        organisation(element, "2", in.publisher().reportingOrgName(), null, in.publisher().reportingOrgRef())
                .setAttribute("type", in.publisher().reportingOrgType());
        var implementing = new ArrayList<Long>();
        if (activity.leadInstitutionId() != null) {
            implementing.add(activity.leadInstitutionId());
        }
        activity.supportingInstitutionIds().stream().filter(id -> !implementing.contains(id)).forEach(implementing::add);
        for (var id : implementing) {
            in.directory().byId(id).ifPresent(i -> organisation(element, "4", i.nameIn(in.language()), i.type(), null));
        }
    }

    private Element organisation(Element parent, String role, String name, InstitutionType type, String ref) {
        var organisation = child(parent, "participating-org");
        if (ref != null) {
            organisation.setAttribute("ref", ref);
        }
        var code = organisationType(type);
        if (code != null) {
            organisation.setAttribute("type", code);
        }
        organisation.setAttribute("role", role);
        narrative(organisation, name);
        return organisation;
    }

    /** IATI OrganisationType: 10 government, 11 local government, 22 national NGO, 40 multilateral; a donor's is unknown. */
    private static String organisationType(InstitutionType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case MINISTRY, POLICE, PROSECUTION, COURT, SOCIAL_SERVICES -> "10";
            case MUNICIPALITY -> "11";
            case NGO, SHELTER_NGO -> "22";
            case INTERNATIONAL_ORGANISATION -> "40";
            case DONOR, OTHER -> null;
        };
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 4 closed (completed), 5 cancelled (dropped by a revision). */
    private static String status(ActivityView activity) {
        if (activity.dropped()) {
            return "5";
        }
        return activity.status() == null ? "1" : switch (activity.status()) {
            case NOT_STARTED -> "1";
            case CONTINUOUS, STARTED -> "2";
            case COMPLETED -> "4";
        };
    }

    private void activityDate(Element parent, String type, LocalDate date) {
        var element = child(parent, "activity-date");
        element.setAttribute("type", type);
        element.setAttribute("iso-date", date.toString());
    }

    /**
     * One budget per year and currency from the budget lines (all of them: the activity's whole budget, whoever
     * pays); lines for the whole period without a year make one budget over the plan's period, since the plan does
     * not say how they split over the years.
     */
    private void budgets(Element element, ActivityView activity) {
        var plan = in.tree().plan();
        var sums = new TreeMap<Integer, Map<String, BigDecimal>>();
        for (BudgetLineView line : activity.budgetLines()) {
            if (line.planned() == null) {
                continue;
            }
            var year = line.year() == null ? Integer.MIN_VALUE : line.year();
            var currency = line.currency() == null ? in.currency() : line.currency();
            sums.computeIfAbsent(year, key -> new TreeMap<>()).merge(currency, line.planned(), BigDecimal::add);
        }
        sums.forEach((year, byCurrency) -> byCurrency.forEach((currency, amount) -> {
            var start = year == Integer.MIN_VALUE ? LocalDate.of(plan.startYear(), 1, 1) : LocalDate.of(year, 1, 1);
            var end = year == Integer.MIN_VALUE ? LocalDate.of(plan.endYear(), 12, 31) : LocalDate.of(year, 12, 31);
            var budget = child(element, "budget");
            budget.setAttribute("type", "1");
            budget.setAttribute("status", "1");
            child(budget, "period-start").setAttribute("iso-date", start.toString());
            child(budget, "period-end").setAttribute("iso-date", end.toString());
            value(budget, amount, currency, start);
        }));
    }

    private List<CommitmentView> allocatedTo(ActivityView activity) {
        return in.commitments().stream()
                .filter(c -> c.allocations().stream().anyMatch(a -> a.activityId() == activity.id())).toList();
    }

    /**
     * The commitments' allocations to the activity (an agreement is an incoming commitment, a pledge an incoming
     * pledge, from the funder) and the money the institutions reported spending on it in accepted reports
     * (expenditure, per year and source, dated at the year's end or today in the running year).
     */
    private void transactions(Element element, ActivityView activity) {
        var plan = in.tree().plan();
        for (var commitment : allocatedTo(activity)) {
            for (var allocation : commitment.allocations()) {
                if (allocation.activityId() != activity.id()) {
                    continue;
                }
                var date = commitment.signedOn() != null ? commitment.signedOn()
                        : commitment.startsOn() != null ? commitment.startsOn()
                        : LocalDate.of(allocation.year() != null ? allocation.year() : plan.startYear(), 1, 1);
                var transaction = child(element, "transaction");
                if (commitment.reference() != null) {
                    transaction.setAttribute("ref", commitment.reference());
                }
                child(transaction, "transaction-type").setAttribute("code",
                        commitment.kind() == CommitmentKind.PLEDGE ? "13" : "11");
                child(transaction, "transaction-date").setAttribute("iso-date", date.toString());
                value(transaction, allocation.amount(), commitment.currency(), date);
                var provider = child(transaction, "provider-org");
                narrative(provider, commitment.funder());
                var receiver = child(transaction, "receiver-org");
                receiver.setAttribute("ref", in.publisher().reportingOrgRef());
                narrative(receiver, in.publisher().reportingOrgName());
            }
        }
        for (var spent : in.spending()) {
            if (spent.activityId() != activity.id() || spent.amount() == null || spent.amount().signum() == 0) {
                continue;
            }
            var yearEnd = LocalDate.of(spent.year(), 12, 31);
            var date = yearEnd.isAfter(in.today()) ? in.today() : yearEnd;
            var transaction = child(element, "transaction");
            child(transaction, "transaction-type").setAttribute("code", "4");
            child(transaction, "transaction-date").setAttribute("iso-date", date.toString());
            value(transaction, spent.amount(), in.currency(), date);
            if (spent.sourceInstitutionId() != null) {
                var name = in.directory().byId(spent.sourceInstitutionId()).map(i -> i.nameIn(in.language()));
                name.ifPresent(n -> narrative(child(transaction, "provider-org"), n));
            }
        }
    }

    /** One result per result level of the activity's indicators, titled with its expected result. */
    private void results(Element element, ActivityView activity) {
        var byLevel = new TreeMap<ResultLevel, List<IndicatorView>>();
        for (var indicator : activity.indicators()) {
            byLevel.computeIfAbsent(indicator.resultLevel() == null ? ResultLevel.OUTPUT : indicator.resultLevel(),
                    key -> new ArrayList<>()).add(indicator);
        }
        byLevel.forEach((level, indicators) -> {
            var result = child(element, "result");
            result.setAttribute("type", resultType(level));
            narrative(child(result, "title"), firstOf(activity.expectedResult(), activity.title()));
            indicators.forEach(indicator -> indicator(result, indicator));
        });
    }

    /** IATI ResultType: 1 output, 2 outcome, 3 impact, 9 other (the plan's input and activity levels). */
    private static String resultType(ResultLevel level) {
        return switch (level) {
            case OUTPUT -> "1";
            case OUTCOME -> "2";
            case IMPACT -> "3";
            case INPUT, ACTIVITY -> "9";
        };
    }

    private void indicator(Element result, IndicatorView indicator) {
        var plan = in.tree().plan();
        var element = child(result, "indicator");
        element.setAttribute("measure", measure(indicator));
        if (indicator.direction() == Direction.INCREASE || indicator.direction() == Direction.DECREASE) {
            element.setAttribute("ascending", indicator.direction() == Direction.INCREASE ? "1" : "0");
        }
        narrative(child(element, "title"),
                indicator.unit() == null ? indicator.name() : indicator.name() + " (" + indicator.unit() + ")");
        // a baseline without its year cannot be told (the schema requires the year): the quality audit lists it
        if (indicator.baselineValue() != null && indicator.baselineYear() != null && indicator.baselineYear() > 0) {
            var baseline = child(element, "baseline");
            baseline.setAttribute("year", Integer.toString(indicator.baselineYear()));
            baseline.setAttribute("value", number(indicator.baselineValue()));
            if (indicator.baselineSource() != null) {
                narrative(child(baseline, "comment"), indicator.baselineSource());
            }
        }
        var actuals = in.actuals().getOrDefault(indicator.id(), Map.of());
        for (int year = plan.startYear(); year <= plan.endYear(); year++) {
            var target = indicator.yearTargets().get(year);
            var actual = actuals.get(year);
            if (target != null || actual != null) {
                period(element, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), target, actual);
            }
        }
        // the final target, over the plan's period up to its year, against what progress counts for it
        var finalYear = indicator.targetYear() != null ? indicator.targetYear() : plan.endYear();
        if (indicator.targetValue() != null && !indicator.yearTargets().containsKey(finalYear)
                && finalYear >= plan.startYear()) {
            var counted = in.finalValues().get(indicator.id());
            period(element, LocalDate.of(plan.startYear(), 1, 1), LocalDate.of(finalYear, 12, 31),
                    indicator.targetValue(), counted == null ? null : counted.value());
        }
    }

    /** IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal (yes = 1, no = 0), 4 ordinal (a scale). */
    private static String measure(IndicatorView indicator) {
        return switch (indicator.type()) {
            case NUMBER -> "1";
            case PERCENTAGE -> "2";
            case YES_NO -> "3";
            case SCALE -> "4";
        };
    }

    private void period(Element indicator, LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
        var period = child(indicator, "period");
        child(period, "period-start").setAttribute("iso-date", start.toString());
        child(period, "period-end").setAttribute("iso-date", end.toString());
        if (target != null) {
            child(period, "target").setAttribute("value", number(target));
        }
        if (actual != null) {
            child(period, "actual").setAttribute("value", number(actual));
        }
    }

    private void value(Element parent, BigDecimal amount, String currency, LocalDate date) {
        var value = child(parent, "value");
        value.setAttribute("currency", currency);
        value.setAttribute("value-date", date.toString());
        value.setTextContent(number(amount));
    }

    private Element child(Element parent, String name) {
        var element = document.createElement(name);
        parent.appendChild(element);
        return element;
    }

    /** Text in the activity's language (its {@code xml:lang}). */
    private void narrative(Element parent, String text) {
        child(parent, "narrative").setTextContent(text == null ? "" : text);
    }

    private static String firstOf(String text, String otherwise) {
        return text != null && !text.isBlank() ? text : otherwise;
    }

    private static String number(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String dateTime(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private byte[] serialise() {
        try {
            var factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
