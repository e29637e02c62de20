package org.ariadne.victimdata.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.web.FileDownload;
import org.ariadne.victimdata.CaseView;
import org.ariadne.victimdata.VictimRegister;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The register's cases as CSV or Excel, one line a case, with the list's filters: for the victim-data officer's own
 * analysis, never for anyone else. There is no name to leave out (the register keeps none); the sealed columns
 * (municipality, notes) stay out too, institutions are written by name and each referral stage by its date. The
 * facade logs every export with its size.
 */
@Controller
@PreAuthorize("hasRole('VICTIM_DATA_OFFICER')")
class CaseExportController {

    private static final List<String> COLUMNS = List.of("victimdata.case.reference", "victimdata.case.person",
            "victimdata.field.identifiedOn", "victimdata.case.year", "victimdata.field.identifyingInstitutionId",
            "victimdata.field.referringInstitutionId", "victimdata.field.status", "victimdata.field.sex",
            "victimdata.field.ageAtIdentification", "victimdata.case.age-group", "victimdata.field.citizenship",
            "victimdata.field.region", "victimdata.field.scope", "victimdata.field.forms", "victimdata.field.referredOn",
            "victimdata.field.assistanceDecision", "victimdata.field.assistanceDecidedOn",
            "victimdata.field.shelteredOn", "victimdata.field.protectionOn", "victimdata.field.courtCaseOn",
            "victimdata.field.reintegrationOn", "victimdata.field.closedOn", "victimdata.field.services",
            "victimdata.field.consentToShare", "victimdata.case.anonymised-column");

    private final VictimRegister register;
    private final VictimDataTexts texts;
    private final Clock clock;

    CaseExportController(VictimRegister register, VictimDataTexts texts, Clock clock) {
        this.register = register;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/victim-data/cases.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String format, @ModelAttribute("query") CaseQuery query,
            BindingResult unreadable, Locale locale) {
        var filter = (unreadable.hasErrors() ? CaseQuery.none() : query).filter();
        return FileDownload.table(format, "victim-cases-" + LocalDate.now(clock),
                texts.text("victimdata.list.title", locale), texts.texts(COLUMNS, locale),
                rows(register.export(filter), locale));
    }

    private List<List<Object>> rows(List<CaseView> cases, Locale locale) {
        var rows = new ArrayList<List<Object>>();
        for (var each : cases) {
            var row = new ArrayList<Object>();
            row.add(each.reference());
            row.add(each.personReference());
            row.add(each.identifiedOn());
            row.add(each.identifiedOn().getYear());
            row.add(each.identifyingInstitution());
            row.add(each.referringInstitution());
            row.add(texts.named("victimdata.status.", each.status(), locale));
            row.add(texts.named("victimdata.sex.", each.sex(), locale));
            row.add(each.ageAtIdentification());
            row.add(texts.named("victimdata.age-group.", each.ageGroup(), locale));
            row.add(each.citizenship());
            row.add(each.region());
            row.add(texts.named("victimdata.scope.", each.scope(), locale));
            row.add(texts.joined("victimdata.exploitation.", each.forms(), locale));
            row.add(each.referredOn());
            row.add(texts.named("victimdata.decision.", each.assistanceDecision(), locale));
            row.add(each.assistanceDecidedOn());
            row.add(each.shelteredOn());
            row.add(each.protectionOn());
            row.add(each.courtCaseOn());
            row.add(each.reintegrationOn());
            row.add(each.closedOn());
            row.add(texts.joined("victimdata.service.", each.services(), locale));
            row.add(texts.yesNo(each.consentToShare(), locale));
            row.add(texts.yesNo(each.anonymised(), locale));
            rows.add(row);
        }
        return rows;
    }
}
