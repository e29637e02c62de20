package org.ariadne.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: sign-in lookup, lock-out bookkeeping and the administrator's operations. Every change made
 * by a person is written to the audit trail.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** The shortest password accepted, for forms that tell people the rule before they choose one. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    static final String ENTITY = UserAccount.AUDIT_TYPE;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final ParticipantScope scope;
    private final Institutions institutions;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwords, AuditTrail trail, AuditHistory history,
            LoginThrottle throttle, Clock clock, ParticipantScope scope, Institutions institutions) {
        this.scope = scope;
        this.institutions = institutions;
        this.accounts = accounts;
        this.passwords = passwords;
        this.trail = trail;
        this.history = history;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username))
                .map(account -> account.toSignedInUser(now()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The account as a session holds it, read afresh (its password hash already erased); empty when it is gone. */
    @Transactional(readOnly = true)
    Optional<SignedInUser> signedInUser(long id) {
        return accounts.findById(id).map(account -> {
            var user = account.toSignedInUser(now());
            user.eraseCredentials();
            return user;
        });
    }

    @Transactional
    void recordFailedLogin(String username) {
        accounts.recordFailedLogin(normalise(username));
    }

    @Transactional
    void recordSuccessfulLogin(String username) {
        accounts.recordSuccessfulLogin(normalise(username), now());
    }

    @Transactional(readOnly = true)
    public Optional<String> preferredLocale(String username) {
        return accounts.findByUsername(normalise(username)).map(UserAccount::preferredLocale);
    }

    /** Remembers the language a signed-in user chose, so it follows them to their next session. */
    @Transactional
    public void preferLocale(String username, Locale locale) {
        accounts.preferLocale(normalise(username), locale.toLanguageTag());
    }

    /** Whom to e-mail about an institution's reports: its enabled focal points with an e-mail address. */
    @Transactional(readOnly = true)
    public List<Contact> focalPointContacts(long institutionId) {
        return accounts.findAllOrderedByName().stream()
                .filter(account -> account.enabled() && account.email() != null
                        && Long.valueOf(institutionId).equals(account.institutionId())
                        && account.roleSet().contains(Role.FOCAL_POINT))
                .map(account -> new Contact(account.fullName(), account.email(), account.preferredLocale() == null
                        ? Locale.ENGLISH : Locale.forLanguageTag(account.preferredLocale())))
                .toList();
    }

    /** A person to write to, in their language. */
    public record Contact(String name, String email, Locale locale) {
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public List<UserView> list() {
        // an administrator of a participant keeps that participant's people only (issue 19)
        var own = scope.narrowedTo();
        return accounts.findAllOrderedByName().stream()
                .filter(account -> own.isEmpty() || own.get().equals(account.participantId()))
                .map(this::view).toList();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public UserView get(long id) {
        return view(findSeen(id));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public long create(UserCommand command) {
        return createAccount(placed(command));
    }

    /**
     * Creates an account without a signed-in administrator: the first administrator on an empty database and
     * the demo accounts. Not reachable from any page.
     */
    @Transactional
    public long createAtStartUp(UserCommand command) {
        return createAccount(command);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(normalise(username));
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /**
     * Every reason the account could not be created, thrown together and without saving anything: for the form,
     * which shows them beside the fields it found invalid itself.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public void checkNew(UserCommand command) {
        AccountException.refuseAll(newAccountRefusals(placed(command)));
    }

    /** Every reason the account could not be changed so, thrown together and without saving anything. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public void checkChange(long id, UserCommand command) {
        AccountException.refuseAll(changeRefusals(id, placed(command, findSeen(id))));
    }

    private long createAccount(UserCommand command) {
        AccountException.refuseAll(newAccountRefusals(command));
        var username = normalise(command.username());
        var account = UserAccount.create(username, command.fullName().strip(), blankToNull(command.email()),
                passwords.encode(command.password()), command.institutionId(), command.roles(),
                command.accessUntil(), now());
        account.placeIn(command.participantId(), now());
        if (!command.enabled()) {
            account.update(account.fullName(), account.email(), account.institutionId(), command.roles(),
                    command.accessUntil(), false, now());
        }
        var saved = accounts.save(account);
        trail.recordCreated(saved);
        return saved.id();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void update(long id, int expectedVersion, UserCommand command) {
        var account = findSeen(id);
        command = placed(command, account);
        if (account.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, id);
            throw ConflictException.of("user.conflict", account.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        AccountException.refuseAll(changeRefusals(id, command));
        var before = account.snapshot();
        account.update(command.fullName().strip(), blankToNull(command.email()), command.institutionId(),
                command.roles(), command.accessUntil(), command.enabled(), now());
        account.placeIn(command.participantId(), now());
        var saved = accounts.save(account);
        trail.recordChange(before, saved);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void resetPassword(long id, String newPassword, String repeated) {
        var account = findSeen(id);
        AccountException.refuseAll(PasswordPolicy.refusals(account.username(), newPassword, repeated));
        account.changePassword(passwords.encode(newPassword), now());
        accounts.save(account);
        trail.recordChange(password(account, "…"), password(account, "reset by administrator"));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void unlock(long id) {
        var account = findSeen(id);
        var before = account.snapshot();
        account.unlock();
        throttle.release(account.username());
        accounts.save(account);
        trail.recordChange(before, account);
    }

    /** A signed-in user changes their own password; the current one must be given. Every refusal comes at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        var account = find(CurrentUser.required().id());
        var refusals = new ArrayList<AccountException>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            refusals.add(AccountException.currentPasswordRequired());
        } else if (!passwords.matches(currentPassword, account.passwordHash())) {
            refusals.add(AccountException.wrongCurrentPassword());
        }
        refusals.addAll(PasswordPolicy.refusals(account.username(), newPassword, repeated));
        AccountException.refuseAll(refusals);
        account.changePassword(passwords.encode(newPassword), now());
        var saved = accounts.save(account);
        trail.recordChange(password(account, "…"), password(account, "changed by the user"));
        // this session knows the new password and goes on; the account's other sessions end (AccountSessionCheck)
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var fresh = saved.toSignedInUser(now());
        fresh.eraseCredentials();
        var authentication = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                fresh, null, fresh.getAuthorities());
        authentication.setDetails(context.getAuthentication() == null ? null : context.getAuthentication().getDetails());
        context.setAuthentication(authentication);
    }

    /**
     * single sign-on: the account of a person the identity provider vouched for and a mapping (or the provider's
     * claims) lets in, created on their first sign-in. Its password is random and told to nobody, so it is usable only
     * through the provider (an administrator may still give it one). Written to the trail, as by the caller's actor.
     */
    @Transactional
    SignedInUser provision(String username, String fullName, String email, Long institutionId, Set<Role> roles) {
        var random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        var account = UserAccount.create(normalise(username), fullName == null || fullName.isBlank() ? username
                : fullName.strip(), blankToNull(email), passwords.encode(java.util.HexFormat.of().formatHex(random)),
                institutionId, roles, null, now());
        // the person works for the participant of the institution they were let in for; without one, the home
        // participant, as every account before there were several (never across participants: only the
        // installation's administrator gives that, by hand)
        account.placeIn(participantOfInstitution(institutionId).orElse(ParticipantScope.HOME), now());
        var saved = accounts.save(account);
        trail.recordCreated(saved);
        return saved.toSignedInUser(now());
    }

    /**
     * single sign-on: the roles and institution the provider's claims or the administrator's mapping give a person
     * who already has an account; changed (and written to the trail) only when they differ.
     */
    @Transactional
    void grantFromProvider(long id, Long institutionId, Set<Role> roles) {
        var account = find(id);
        var participant = participantOfInstitution(institutionId).orElse(account.participantId());
        if (account.roleSet().equals(roles) && java.util.Objects.equals(account.institutionId(), institutionId)
                && java.util.Objects.equals(account.participantId(), participant)) {
            return;
        }
        var before = account.snapshot();
        account.update(account.fullName(), account.email(), institutionId, roles, account.accessUntil(),
                account.enabled(), now());
        account.placeIn(participant, now());
        trail.recordChange(before, accounts.save(account));
    }

    private List<AccountException> newAccountRefusals(UserCommand command) {
        var refusals = new ArrayList<AccountException>();
        var username = normalise(command.username());
        if (username.isEmpty()) {
            refusals.add(AccountException.usernameRequired());
        } else if (accounts.existsByUsername(username)) {
            refusals.add(AccountException.usernameTaken(username));
        }
        refusals.addAll(roleRefusals(command));
        refusals.addAll(participantRefusals(command));
        refusals.addAll(PasswordPolicy.refusals(username, command.password(), command.password()));
        return refusals;
    }

    private List<AccountException> changeRefusals(long id, UserCommand command) {
        var refusals = roleRefusals(command);
        refusals.addAll(participantRefusals(command));
        var me = CurrentUser.get();
        if (me.isPresent() && me.get().id() == id
                && (!command.roles().contains(Role.ADMINISTRATOR) || !command.enabled())) {
            refusals.add(AccountException.cannotRemoveOwnAdministration());
        }
        return refusals;
    }

    private static List<AccountException> roleRefusals(UserCommand command) {
        var refusals = new ArrayList<AccountException>();
        if (command.roles() == null || command.roles().isEmpty()) {
            refusals.add(AccountException.noRole());
        }
        if (command.roles() != null && command.roles().contains(Role.FOCAL_POINT) && command.institutionId() == null) {
            refusals.add(AccountException.focalPointNeedsInstitution());
        }
        // an evaluator's access is time-boxed (DOMAIN.md): it must end on a known day
        if (command.roles() != null && command.roles().contains(Role.EVALUATOR) && command.accessUntil() == null) {
            refusals.add(AccountException.evaluatorNeedsEndDate());
        }
        return refusals;
    }

    // evaluations: whom the office may put on an evaluation's team
    /** An account holding a role, as a page that assigns people to work lists them (never the password). */
    public record Holder(long id, String username, String fullName, boolean enabled, LocalDate accessUntil) {
    }

    /**
     * The enabled accounts holding {@code role}, by name, of the signed-in person's participant (of every participant
     * for someone working across them): the evaluators the office may assign to an evaluation, the officers who may be
     * responsible for an activity.
     */
    @Transactional(readOnly = true)
    public List<Holder> holdersOf(Role role) {
        // a person of a participant chooses among that participant's people only (issue 19): the pickers of an
        // activity's responsible person and of an evaluation team would otherwise name every participant's staff
        var own = scope.narrowedTo();
        return accounts.findAllOrderedByName().stream()
                .filter(account -> account.enabled() && account.roleSet().contains(role))
                .filter(account -> own.isEmpty() || own.get().equals(account.participantId()))
                .map(account -> new Holder(account.id(), account.username(), account.fullName(), account.enabled(),
                        account.accessUntil()))
                .toList();
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
    }

    /**
     * The account, if the signed-in administrator keeps it: an administrator of a participant keeps that participant's
     * accounts only; those of another participant and those across participants do not exist for them (issue 19).
     */
    private UserAccount findSeen(long id) {
        var account = find(id);
        var own = scope.narrowedTo();
        if (own.isPresent() && !own.get().equals(account.participantId())) {
            throw NotFoundException.of("user", id);
        }
        return account;
    }

    /** The participant of the account that the signed-in person is creating (issue 19). */
    private UserCommand placed(UserCommand command) {
        return scope.narrowedTo().map(own -> withParticipant(command, own)).orElse(command);
    }

    /** A participant's administrator keeps the account where it is; the installation's administrator may move it. */
    private UserCommand placed(UserCommand command, UserAccount account) {
        return scope.narrowedTo().isPresent() ? withParticipant(command, account.participantId()) : command;
    }

    private static UserCommand withParticipant(UserCommand command, Long participant) {
        return new UserCommand(command.username(), command.fullName(), command.email(), command.institutionId(),
                command.roles(), command.accessUntil(), command.enabled(), command.password(), participant);
    }

    /**
     * A person reports for an institution of their own participant; one who works across participants for none of
     * a participant's own (issue 19).
     */
    private List<AccountException> participantRefusals(UserCommand command) {
        if (command.institutionId() == null) {
            return List.of();
        }
        var owner = participantOfInstitution(command.institutionId());
        if (owner.isPresent() && !owner.get().equals(command.participantId())) {
            return List.of(AccountException.institutionOfOtherParticipant());
        }
        return List.of();
    }

    private Optional<Long> participantOfInstitution(Long institutionId) {
        return institutionId == null ? Optional.empty() : institutions.participantOf(institutionId);
    }

    private UserView view(UserAccount account) {
        return new UserView(account.id(), account.version(), account.username(), account.fullName(), account.email(),
                account.institutionId(), account.roleSet(), account.enabled(),
                account.isLockedAt(now()) || throttle.isHeldBack(account.username()),
                account.failedLogins(), account.lastLoginAt(), account.accessUntil(), account.preferredLocale(),
                account.participantId());
    }

    /** A password change: the trail says that it changed and how, never the password or its hash. */
    private static Audited password(UserAccount account, String how) {
        return Audited.of(ENTITY, account.id(), account.username(), null, AuditRecord.state("password", how));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
