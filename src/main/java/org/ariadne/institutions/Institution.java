package org.ariadne.institutions;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.audit.Audited;
import org.ariadne.common.text.NameKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("institution")
class Institution implements Audited {

    static final String AUDIT_TYPE = "institution";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private String nameKey;
    private String shortName;
    private String nameSq;
    private String nameSr;
    private String nameMk;
    private String acronyms;
    private InstitutionType type;
    private InstitutionLevel level;
    private boolean nationalAuthorityMember;
    private boolean reportsProgress;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean active;
    private boolean demo;
    /** The participant whose directory holds it (issue 19); the creator's own, or the home participant. */
    private Long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "institution_id")
    private Set<Alias> aliases = new LinkedHashSet<>();

    Institution() {
    }

    static Institution create(InstitutionCommand command, boolean demo, LocalDateTime now) {
        var institution = new Institution();
        institution.demo = demo;
        institution.createdAt = now;
        institution.apply(command, now);
        return institution;
    }

    /** Places a new institution in a participant's directory (issue 19). */
    Institution belongingTo(long participant) {
        this.participantId = participant;
        return this;
    }

    void apply(InstitutionCommand command, LocalDateTime now) {
        name = command.name().strip();
        nameKey = NameKey.of(name);
        shortName = blankToNull(command.shortName());
        nameSq = blankToNull(command.nameSq());
        nameSr = blankToNull(command.nameSr());
        nameMk = blankToNull(command.nameMk());
        var typedAcronyms = InstitutionView.acronymsOf(command.acronyms());
        acronyms = typedAcronyms.isEmpty() ? null : String.join(", ", typedAcronyms);
        type = command.type();
        level = command.level();
        nationalAuthorityMember = command.nationalAuthorityMember();
        reportsProgress = command.reportsProgress();
        contactName = blankToNull(command.contactName());
        contactEmail = blankToNull(command.contactEmail());
        contactPhone = blankToNull(command.contactPhone());
        active = command.active();
        updatedAt = now;
    }

    void addAlias(String alias) {
        var key = NameKey.of(alias);
        if (!key.isEmpty() && !key.equals(nameKey) && aliases.stream().noneMatch(a -> a.aliasKey().equals(key))) {
            aliases.add(new Alias(alias.strip(), key));
        }
    }

    InstitutionView view() {
        return new InstitutionView(id, version, name, shortName, type, level, nationalAuthorityMember, reportsProgress,
                contactName, contactEmail, contactPhone, active, demo, aliases.stream().map(Alias::alias).sorted().toList(),
                nameSq, nameSr, nameMk, InstitutionView.acronymsOf(acronyms));
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
        return name;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("shortName", shortName);
        state.put("nameSq", nameSq);
        state.put("nameSr", nameSr);
        state.put("nameMk", nameMk);
        state.put("acronyms", acronyms);
        state.put("type", type.name());
        state.put("level", level.name());
        state.put("nationalAuthorityMember", nationalAuthorityMember);
        state.put("reportsProgress", reportsProgress);
        state.put("contactName", contactName);
        state.put("contactEmail", contactEmail);
        state.put("contactPhone", contactPhone);
        state.put("active", active);
        state.put("aliases", aliases.stream().map(Alias::alias).sorted().toList());
        return state;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String name() {
        return name;
    }

    String nameKey() {
        return nameKey;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Table("institution_alias")
    record Alias(String alias, String aliasKey) {
    }
}
