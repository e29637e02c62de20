package org.ariadne.victimdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One identification of a person: who identified and referred them, what is known of them (never their name), the
 * forms of exploitation and the referral mechanism's stages. The case guards its own rules: the stages follow each
 * other in time, a closed case long past its retention keeps only what the statistics count.
 */
@Table("victim_case")
class VictimCase implements Audited {

    static final String AUDIT_TYPE = "victim-case";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String reference;
    private Long personId;
    /** The participant whose register holds the case (issue 19); the linkage never looks across participants. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDate identifiedOn;
    private int identifiedYear;
    private Long identifyingInstitutionId;
    private Long referringInstitutionId;
    private CaseStatus status;
    private String sex;
    private Integer ageAtIdentification;
    private AgeGroup ageGroup;
    private String citizenship;
    private String region;
    private String municipalitySealed;
    private CaseScope scope;
    private LocalDate referredOn;
    private AssistanceDecision assistanceDecision;
    private LocalDate assistanceDecidedOn;
    private LocalDate shelteredOn;
    private LocalDate protectionOn;
    private LocalDate courtCaseOn;
    private LocalDate reintegrationOn;
    private LocalDate closedOn;
    private boolean consentToShare;
    private String notesSealed;
    private String linkageBlock;
    private String linkageRecordSealed;
    private int keyGeneration;
    private LocalDateTime anonymisedAt;
    private String createdBy;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "case_id")
    private Set<Form> forms = new LinkedHashSet<>();
    @MappedCollection(idColumn = "case_id")
    private Set<Received> services = new LinkedHashSet<>();
    @MappedCollection(idColumn = "case_id")
    private Set<DocumentKey> documentKeys = new LinkedHashSet<>();

    VictimCase() {
    }

    /** A new case of a new person; {@code sealed} holds the sealed columns and the linkage the facade derived. */
    static VictimCase register(String reference, long personId, long participantId, CaseCommand command,
            Sealed sealed, String by, LocalDateTime now) {
        var created = new VictimCase();
        created.reference = reference;
        created.personId = personId;
        created.participantId = participantId;
        created.createdBy = by;
        created.createdAt = now;
        created.linkageBlock = sealed.linkageBlock();
        created.linkageRecordSealed = sealed.linkageRecord();
        created.keyGeneration = sealed.keyGeneration();
        sealed.documentKeys().forEach(key -> created.documentKeys.add(new DocumentKey(key)));
        created.apply(command, sealed, by, now);
        return created;
    }

    /** The officer's changes to what the case records (identification, stages, services). */
    void apply(CaseCommand command, Sealed sealed, String by, LocalDateTime now) {
        if (anonymisedAt != null) {
            throw VictimDataException.anonymised();
        }
        command.checkStages();
        identifiedOn = command.identifiedOn();
        identifiedYear = identifiedOn.getYear();
        identifyingInstitutionId = command.identifyingInstitutionId();
        referringInstitutionId = command.referringInstitutionId();
        status = command.status();
        sex = command.sex().name();
        ageAtIdentification = command.ageAtIdentification();
        ageGroup = AgeGroup.of(ageAtIdentification);
        citizenship = command.citizenshipCode();
        region = blankToNull(command.region());
        municipalitySealed = sealed.municipality();
        scope = command.scope();
        referredOn = command.referredOn();
        assistanceDecision = command.assistanceDecision();
        assistanceDecidedOn = command.assistanceDecidedOn();
        shelteredOn = command.shelteredOn();
        protectionOn = command.protectionOn();
        courtCaseOn = command.courtCaseOn();
        reintegrationOn = command.reintegrationOn();
        closedOn = command.closedOn();
        consentToShare = command.consentToShare();
        notesSealed = sealed.notes();
        forms.clear();
        command.forms().stream().sorted().forEach(form -> forms.add(new Form(form)));
        services.clear();
        command.services().stream().sorted().forEach(service -> services.add(new Received(service)));
        updatedBy = by;
        updatedAt = now;
    }

    /** New identifying data were typed: the case's linkage is derived anew (under the current key generation). */
    void relink(String block, String recordSealed, int generation, List<String> keys) {
        linkageBlock = block;
        linkageRecordSealed = recordSealed;
        keyGeneration = generation;
        documentKeys.clear();
        keys.forEach(key -> documentKeys.add(new DocumentKey(key)));
    }

    /** Joins the person of an earlier case (the officer confirmed they are the same). */
    void belongTo(long person, String by, LocalDateTime now) {
        personId = person;
        updatedBy = by;
        updatedAt = now;
    }

    /**
     * Retention: whatever could point at the person goes (municipality, notes, the linkage and its document keys, the
     * exact age); what the statistics count stays, so published figures do not change.
     */
    void anonymise(LocalDateTime now) {
        municipalitySealed = null;
        notesSealed = null;
        linkageBlock = null;
        linkageRecordSealed = null;
        documentKeys.clear();
        ageAtIdentification = null;
        anonymisedAt = now;
        updatedBy = "retention";
        updatedAt = now;
    }

    /** Whether a case closed this long ago is due for anonymisation. */
    boolean dueForAnonymisation(LocalDate today, int retentionYears) {
        return anonymisedAt == null && closedOn != null && closedOn.plusYears(retentionYears).isBefore(today);
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return reference;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    /** What the trail keeps: the case's statistics and stages, never anything sealed. */
    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("person", personId);
        state.put("identifiedOn", identifiedOn);
        state.put("identifyingInstitution", identifyingInstitutionId);
        state.put("referringInstitution", referringInstitutionId);
        state.put("status", status == null ? null : status.name());
        state.put("sex", sex);
        state.put("ageGroup", ageGroup == null ? null : ageGroup.name());
        state.put("citizenship", citizenship);
        state.put("region", region);
        state.put("scope", scope == null ? null : scope.name());
        state.put("forms", forms.stream().map(form -> form.form().name()).sorted().toList());
        state.put("referredOn", referredOn);
        state.put("assistance", assistanceDecision == null ? null : assistanceDecision.name());
        state.put("assistanceDecidedOn", assistanceDecidedOn);
        state.put("shelteredOn", shelteredOn);
        state.put("protectionOn", protectionOn);
        state.put("courtCaseOn", courtCaseOn);
        state.put("reintegrationOn", reintegrationOn);
        state.put("closedOn", closedOn);
        state.put("services", services.stream().map(service -> service.service().name()).sorted().toList());
        state.put("consentToShare", consentToShare);
        state.put("anonymised", anonymisedAt != null);
        return state;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String reference() {
        return reference;
    }

    long participantId() {
        return participantId;
    }

    Long personId() {
        return personId;
    }

    LocalDate identifiedOn() {
        return identifiedOn;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    String municipalitySealed() {
        return municipalitySealed;
    }

    String notesSealed() {
        return notesSealed;
    }

    String linkageRecordSealed() {
        return linkageRecordSealed;
    }

    int keyGeneration() {
        return keyGeneration;
    }

    boolean anonymised() {
        return anonymisedAt != null;
    }

    /** The case as its page shows it, with the sealed columns opened by the facade. */
    CaseView view(String municipality, String notes, String person, Map<Long, String> institutions) {
        return new CaseView(id, version, reference, personId, person, identifiedOn, identifyingInstitutionId,
                institutions.get(identifyingInstitutionId), referringInstitutionId,
                referringInstitutionId == null ? null : institutions.get(referringInstitutionId), status,
                org.ariadne.victimdata.linkage.Sex.valueOf(sex), ageAtIdentification, ageGroup, citizenship, region,
                municipality, scope, forms(), services(), referredOn, assistanceDecision, assistanceDecidedOn,
                shelteredOn, protectionOn, courtCaseOn, reintegrationOn, closedOn, consentToShare, notes,
                anonymisedAt, createdBy, createdAt, updatedBy, updatedAt);
    }

    Set<ExploitationForm> forms() {
        var set = EnumSet.noneOf(ExploitationForm.class);
        forms.forEach(form -> set.add(form.form()));
        return set;
    }

    Set<VictimService> services() {
        var set = EnumSet.noneOf(VictimService.class);
        services.forEach(service -> set.add(service.service()));
        return set;
    }

    List<String> documentKeyValues() {
        return new TreeSet<>(documentKeys.stream().map(DocumentKey::documentKey).toList()).stream().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the facade sealed and derived for a case; the entity never sees a key or a clear identifier. */
    record Sealed(String municipality, String notes, String linkageBlock, String linkageRecord, int keyGeneration,
            List<String> documentKeys) {
    }

    @Table("victim_case_exploitation")
    record Form(ExploitationForm form) {
    }

    @Table("victim_case_service")
    record Received(VictimService service) {
    }

    @Table("victim_case_document_key")
    record DocumentKey(String documentKey) {
    }
}
