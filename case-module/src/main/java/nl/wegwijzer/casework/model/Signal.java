package nl.wegwijzer.casework.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A report that someone may be a victim. A draft keeps whatever was filled in; registering checks
 * that everything needed is there. Personal free text is held only {@link Sealed}.
 */
@Entity
@Table(name = "signal", schema = "casework")
@NamedQuery(
    name = "Signal.byReference",
    query = "select s from Signal s where s.reference = :reference")
@NamedQuery(
    name = "Signal.ofCase",
    query = "select s from Signal s where s.caseFile = :caseFile order by s.createdAt")
@NamedQuery(
    name = "Signal.possibleDuplicates",
    query =
        "select s from Signal s where s.nationalityGroup = :nationalityGroup"
            + " and s.region.id in :regions and s.id <> :id"
            + " and s.anonymisedAt is null order by s.createdAt desc")
@NamedQuery(
    name = "Signal.referenceTaken",
    query = "select count(s) from Signal s where s.reference = :reference")
public class Signal {

  /** How many ids one sequence call hands out; the sequence's increment (migration V11). */
  public static final int IDS_PER_FETCH = 50;

  public static final Pattern REFERENCE = Pattern.compile("^WW-[0-9A-Z]{4}-[0-9A-Z]{4}$");
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");
  private static final Pattern FORM_STEP = Pattern.compile("^[a-z-]{1,20}$");

  /**
   * Taken from the sequence 50 at a time (V11 steps it by 50): an IDENTITY column costs a {@code
   * select lastval()} round trip after every insert, the sequence one {@code nextval} per 50.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signal_id")
  @SequenceGenerator(
      name = "signal_id",
      sequenceName = "casework.signal_id_seq",
      allocationSize = Signal.IDS_PER_FETCH)
  private Long id;

  @Column(nullable = false, unique = true, length = 12)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private SignalStatus status;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Column(name = "intake_date")
  private LocalDate intakeDate;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporter_type")
  private ReporterType reporterType;

  @Column(name = "reporter_contact_sealed")
  private Sealed reporterContact;

  /** Every form the person may be exploited in: one person can be exploited in several at once. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "signal_form",
      schema = "casework",
      joinColumns = @JoinColumn(name = "signal_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "form", length = 20)
  private Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);

  @Column(name = "account_sealed")
  private Sealed account;

  @Column(name = "pseudonym_sealed")
  private Sealed pseudonym;

  /**
   * Age, birth year, gender, nationality, municipality, sector, period, residence status, the
   * interpreter's and the person's languages and the indicators observed: sealed together (issue 23
   * §8); reports and lists use {@link #minor}, {@link #nationalityGroup} and the region instead.
   */
  @Convert(converter = PersonDetailsConverter.class)
  @Column(name = "person_sealed")
  private PersonDetails person = PersonDetails.NONE;

  private Boolean minor;

  @Enumerated(EnumType.STRING)
  @Column(name = "nationality_group", length = 10)
  private NationalityGroup nationalityGroup;

  @Column(name = "interpreter_needed")
  private Boolean interpreterNeeded;

  /** The step of the coordinators' form this signal was last saved on (casework V50). */
  @Column(name = "form_step", length = 20)
  private String formStep;

  @Enumerated(EnumType.STRING)
  private Consent consent;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_signed_by")
  private ConsentSigner consentSignedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "national_status", nullable = false)
  private NationalStatus nationalStatus = NationalStatus.NOT_FORWARDED;

  @Column(name = "national_status_on")
  private LocalDate nationalStatusOn;

  @Column(name = "feedback_on")
  private LocalDate feedbackOn;

  @Column(name = "feedback_note_sealed")
  private Sealed feedbackNote;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "registered_at")
  private OffsetDateTime registeredAt;

  @Column(name = "anonymised_at")
  private OffsetDateTime anonymisedAt;

  /* Triage of a signal from the public form: when and by whom, and why it was set aside. */
  @Column(name = "triaged_at")
  private OffsetDateTime triagedAt;

  @Column(name = "triaged_by")
  private String triagedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "set_aside_reason")
  private SetAsideReason setAsideReason;

  @Column(name = "set_aside_advice_sealed")
  private Sealed setAsideAdvice;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_of_id")
  private Signal duplicateOf;

  /** What was decided at triage, oldest first: kept when a decision is undone (casework V58). */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "signal_event",
      schema = "casework",
      joinColumns = @JoinColumn(name = "signal_id"))
  @OrderBy("at")
  private List<SignalEvent> history = new ArrayList<>();

  @Version private long version;

  protected Signal() {}

  /**
   * A new draft (by a coordinator) or received signal (through the public form).
   *
   * @param reference an unguessable reference, {@code WW-XXXX-XXXX}
   */
  public Signal(
      String reference,
      SignalStatus status,
      Region region,
      String createdBy,
      OffsetDateTime createdAt) {
    if (reference == null || !REFERENCE.matcher(reference).matches()) {
      throw new IllegalArgumentException("not a signal reference: " + reference);
    }
    if (status == SignalStatus.REGISTERED) {
      throw new IllegalArgumentException("a signal is registered after it was described");
    }
    this.reference = reference;
    this.status = Objects.requireNonNull(status, "status");
    this.region = Objects.requireNonNull(region, "region");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Replaces what the signal says. A registered signal must stay complete; a draft or a received
   * signal may be incomplete. The region follows the municipality.
   */
  public void describe(SignalContent content, LocalDate today) {
    requireNotAnonymised();
    for (String language : content.languages()) {
      if (!LANGUAGE.matcher(language).matches()) {
        throw new InvalidInputException(
            "languages", "'" + language + "' is not an ISO 639 language code such as nl or ro");
      }
    }
    String interpreter = content.interpreterLanguage();
    if (interpreter != null && !LANGUAGE.matcher(interpreter).matches()) {
      throw new InvalidInputException(
          "interpreterLanguage",
          "'" + interpreter + "' is not an ISO 639 language code such as nl or ro");
    }
    intakeDate = content.intakeDate();
    channel = content.channel();
    reporterType = content.reporterType();
    reporterContact = content.reporterContact();
    Municipality municipality = content.municipality();
    if (municipality != null) {
      region = municipality.region();
    }
    forms.clear();
    forms.addAll(content.forms());
    account = content.account();
    pseudonym = content.pseudonym();
    person =
        new PersonDetails(
            content.age().age(),
            content.age().birthYear(),
            content.gender(),
            content.nationality(),
            municipality == null ? null : municipality.cbsCode(),
            content.sector(),
            content.periodFrom(),
            content.periodUntil(),
            content.residenceStatus(),
            // asked for the interpreter only: without one it would be a stray fact
            Boolean.TRUE.equals(content.interpreterNeeded()) ? interpreter : null,
            content.languages(),
            content.indicators());
    minor = content.age().minorOn(intakeDate == null ? today : intakeDate);
    nationalityGroup = Nationalities.groupOf(content.nationality());
    interpreterNeeded = content.interpreterNeeded();
    consent = content.consent();
    consentSignedBy = content.consentSignedBy();
    if (status == SignalStatus.REGISTERED) {
      checkComplete(today);
    }
  }

  /** Checks that everything needed is there and consistent, then marks the signal registered. */
  public void register(LocalDate today, OffsetDateTime at) {
    requireNotAnonymised();
    checkComplete(today);
    if (status != SignalStatus.REGISTERED) {
      status = SignalStatus.REGISTERED;
      registeredAt = at;
    }
  }

  /** Every missing or inconsistent field at once, in the order of the form. */
  void checkComplete(LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (intakeDate == null) {
      problems.put("intakeDate", "is required");
    } else if (intakeDate.isAfter(today)) {
      problems.put("intakeDate", "lies in the future");
    }
    requireFilled(problems, "channel", channel);
    requireFilled(problems, "reporterType", reporterType);
    requireFilled(problems, "municipality", person.municipality());
    if (forms.isEmpty()) {
      problems.put("forms", "is required");
    }
    if (forms.contains(ExploitationForm.LABOUR) && person.sector() == null) {
      problems.put("sector", "is required for labour exploitation");
    }
    LocalDate periodFrom = person.periodFrom();
    LocalDate periodUntil = person.periodUntil();
    if (periodFrom != null && periodUntil != null && periodUntil.isBefore(periodFrom)) {
      problems.put("periodUntil", "lies before the start of the period");
    } else if (periodFrom != null && periodFrom.isAfter(today)) {
      problems.put("periodFrom", "lies in the future");
    }
    requireFilled(problems, "account", account);
    requireFilled(problems, "pseudonym", pseudonym);
    requireFilled(problems, "gender", person.gender());
    requireFilled(problems, "nationality", person.nationality());
    requireFilled(problems, "interpreterNeeded", interpreterNeeded);
    requireFilled(problems, "residenceStatus", person.residenceStatus());
    if (consent == null) {
      problems.put("consent", "is required");
    } else {
      try {
        age().checkConsent(consent, consentSignedBy, intakeDateOr(today));
      } catch (InvalidInputException e) {
        problems.put(e.field(), e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IncompleteException(problems);
    }
  }

  private LocalDate intakeDateOr(LocalDate today) {
    return intakeDate == null ? today : intakeDate;
  }

  private static void requireFilled(Map<String, String> problems, String field, Object value) {
    if (value == null) {
      problems.put(field, "is required");
    }
  }

  /** Forwarded to, registered by or declined by the national registration, on a day. */
  public void recordNationalStatus(NationalStatus newStatus, LocalDate on) {
    requireNotAnonymised();
    if (status != SignalStatus.REGISTERED) {
      throw new InvalidInputException(
          "nationalStatus", "only a registered signal goes to the national registration");
    }
    this.nationalStatus = Objects.requireNonNull(newStatus, "nationalStatus");
    this.nationalStatusOn = newStatus == NationalStatus.NOT_FORWARDED ? null : on;
  }

  /** The reporter was told what happens with the signal. */
  public void recordFeedback(LocalDate on, Sealed note) {
    requireNotAnonymised();
    this.feedbackOn = Objects.requireNonNull(on, "on");
    this.feedbackNote = note;
  }

  /**
   * Triage: a received signal becomes the coordinator's draft, to complete and register. Only a
   * signal still waiting in the inbox can be taken into work.
   */
  public void takeIntoWork(String by, OffsetDateTime at) {
    requireReceived();
    status = SignalStatus.DRAFT;
    triagedBy = Objects.requireNonNull(by, "by");
    triagedAt = Objects.requireNonNull(at, "at");
    history.add(new SignalEvent(at, by, SignalEvent.Kind.TAKEN_INTO_WORK, null));
  }

  /**
   * Triage: a received signal leaves the inbox with a reason. Not trafficking needs the advice the
   * sender was given; a duplicate needs the signal it repeats (another one, of the same region);
   * neither is asked for otherwise.
   */
  public void setAside(
      SetAsideReason reason, Sealed advice, Signal original, String by, OffsetDateTime at) {
    requireReceived();
    if (reason == null) {
      throw new InvalidInputException("reason", "is required");
    }
    if (reason == SetAsideReason.NOT_TRAFFICKING && advice == null) {
      throw new InvalidInputException("advice", "say what advice the sender was given");
    }
    if (reason == SetAsideReason.DUPLICATE) {
      if (original == null) {
        throw new InvalidInputException("duplicateOf", "name the signal this one repeats");
      }
      if (original == this || (id != null && id.equals(original.id))) {
        throw new InvalidInputException("duplicateOf", "a signal cannot repeat itself");
      }
      if (!original.region.equals(region)) {
        throw new InvalidInputException("duplicateOf", "the signal belongs to another region");
      }
    } else if (original != null) {
      throw new InvalidInputException("duplicateOf", "only a duplicate names another signal");
    }
    status = SignalStatus.SET_ASIDE;
    setAsideReason = reason;
    setAsideAdvice = reason == SetAsideReason.NOT_TRAFFICKING ? advice : null;
    duplicateOf = original;
    triagedBy = Objects.requireNonNull(by, "by");
    triagedAt = Objects.requireNonNull(at, "at");
    history.add(new SignalEvent(at, by, SignalEvent.Kind.SET_ASIDE, reason.code()));
  }

  /**
   * Undoes a set-aside (a signal set aside by mistake, or one that turns out to matter after all):
   * the signal waits in the inbox again, to be triaged anew, and the retention job no longer
   * deletes it. Its history keeps the set-aside and says who undid it when; the advice and the link
   * to the signal it repeated go with the decision.
   */
  public void backToInbox(String by, OffsetDateTime at) {
    if (anonymisedAt != null || status != SignalStatus.SET_ASIDE) {
      throw new InvalidInputException(
          "signal", "only a signal set aside goes back to the inbox; this one is " + status.code());
    }
    status = SignalStatus.RECEIVED;
    setAsideReason = null;
    setAsideAdvice = null;
    duplicateOf = null;
    triagedBy = null;
    triagedAt = null;
    history.add(
        new SignalEvent(
            Objects.requireNonNull(at, "at"),
            Objects.requireNonNull(by, "by"),
            SignalEvent.Kind.BACK_TO_INBOX,
            null));
  }

  private void requireReceived() {
    requireNotAnonymised();
    if (status != SignalStatus.RECEIVED) {
      throw new InvalidInputException(
          "signal", "only a received signal is triaged; this one is " + status.code());
    }
  }

  /** Moves with its case to the region the case was transferred to. */
  public void followCase() {
    if (caseFile == null) {
      throw new IllegalStateException("only a signal of a case follows it");
    }
    region = caseFile.region();
  }

  /** Bundles the signal into a case of the same region. */
  public void linkTo(CaseFile target) {
    requireNotAnonymised();
    if (status != SignalStatus.REGISTERED) {
      throw new InvalidInputException("case", "register the signal before adding it to a case");
    }
    if (!target.region().equals(region)) {
      throw new InvalidInputException("case", "the case belongs to another region");
    }
    this.caseFile = target;
  }

  /**
   * Clears everything personal, the indicators observed with it; keeps the codes that reports
   * count.
   */
  public void anonymise(OffsetDateTime at) {
    reporterContact = null;
    account = null;
    pseudonym = null;
    feedbackNote = null;
    person = PersonDetails.NONE;
    anonymisedAt = at;
  }

  private void requireNotAnonymised() {
    if (anonymisedAt != null) {
      throw new InvalidInputException("signal", "this signal was anonymised and cannot change");
    }
    if (status == SignalStatus.SET_ASIDE) {
      throw new InvalidInputException("signal", "this signal was set aside and cannot change");
    }
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  /**
   * Follows the municipality into {@code itsRegion}, the region it is in today (after a merger or a
   * region change), as every signal's region is its municipality's; the region it left, when it
   * moved.
   */
  public Optional<Region> followMunicipality(Region itsRegion) {
    if (person.municipality() == null || itsRegion.equals(region)) {
      return Optional.empty();
    }
    Region left = region;
    region = itsRegion;
    return Optional.of(left);
  }

  public SignalStatus status() {
    return status;
  }

  public Region region() {
    return region;
  }

  /** The CBS code of the municipality, or null. */
  public String municipalityCode() {
    return person.municipality();
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public LocalDate intakeDate() {
    return intakeDate;
  }

  public Channel channel() {
    return channel;
  }

  public ReporterType reporterType() {
    return reporterType;
  }

  public Sealed reporterContact() {
    return reporterContact;
  }

  /** The forms, in the enum's order (an empty set while a draft has none). */
  public Set<ExploitationForm> forms() {
    return forms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(forms));
  }

  public Sector sector() {
    return person.sector();
  }

  public LocalDate periodFrom() {
    return person.periodFrom();
  }

  public LocalDate periodUntil() {
    return person.periodUntil();
  }

  public Set<String> indicators() {
    return person.indicators();
  }

  public Sealed account() {
    return account;
  }

  public Sealed pseudonym() {
    return pseudonym;
  }

  public PersonAge age() {
    return new PersonAge(person.age(), person.birthYear());
  }

  public Boolean minor() {
    return minor;
  }

  public Gender gender() {
    return person.gender();
  }

  public String nationality() {
    return person.nationality();
  }

  public NationalityGroup nationalityGroup() {
    return nationalityGroup;
  }

  public Set<String> languages() {
    return person.languages();
  }

  public Boolean interpreterNeeded() {
    return interpreterNeeded;
  }

  public String interpreterLanguage() {
    return person.interpreterLanguage();
  }

  /** Remembers the step of the form a coordinator saved this signal on. */
  public void rememberFormStep(String step) {
    if (!FORM_STEP.matcher(step).matches()) {
      throw new InvalidInputException("formStep", "not a step of the form");
    }
    formStep = step;
  }

  public String formStep() {
    return formStep;
  }

  public ResidenceStatus residenceStatus() {
    return person.residenceStatus();
  }

  public Consent consent() {
    return consent;
  }

  public ConsentSigner consentSignedBy() {
    return consentSignedBy;
  }

  public NationalStatus nationalStatus() {
    return nationalStatus;
  }

  public LocalDate nationalStatusOn() {
    return nationalStatusOn;
  }

  public LocalDate feedbackOn() {
    return feedbackOn;
  }

  public Sealed feedbackNote() {
    return feedbackNote;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }

  public OffsetDateTime anonymisedAt() {
    return anonymisedAt;
  }

  public OffsetDateTime triagedAt() {
    return triagedAt;
  }

  public String triagedBy() {
    return triagedBy;
  }

  public SetAsideReason setAsideReason() {
    return setAsideReason;
  }

  public Sealed setAsideAdvice() {
    return setAsideAdvice;
  }

  public Signal duplicateOf() {
    return duplicateOf;
  }

  /** What was decided at triage, oldest first. */
  public List<SignalEvent> history() {
    return List.copyOf(history);
  }

  public long version() {
    return version;
  }
}
