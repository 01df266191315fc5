package nl.wegwijzer.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.Channel;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.NationalStatus;
import nl.wegwijzer.casework.model.Nationalities;
import nl.wegwijzer.casework.model.PersonAge;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.casework.model.Signal;
import nl.wegwijzer.casework.model.SignalContent;
import nl.wegwijzer.casework.model.SignalStatus;
import nl.wegwijzer.casework.model.Similarity;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.notice.SignalArrived;
import nl.wegwijzer.casework.repository.SignalFilter;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Registering and reading signals. A coordinator sees and changes only signals of their own
 * regions: any other signal does not exist for them ({@link NotFoundException}, so that existence
 * does not leak). Every read and change writes the access log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SignalService {

  /** A pair of signals counts as a possible duplicate from this similarity on. */
  public static final double DUPLICATE_THRESHOLD = 0.6;

  private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SignalRepository signals;
  private final ActorRegions regions;
  private final PlaceService places;
  private final InformationService information;
  private final FieldCipher cipher;
  private final AccessLog accessLog;
  private final Clock clock;
  private final Event<SignalArrived> arrivals;

  protected SignalService() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public SignalService(
      SignalRepository signals,
      ActorRegions regions,
      PlaceService places,
      InformationService information,
      FieldCipher cipher,
      AccessLog accessLog,
      Clock clock,
      Event<SignalArrived> arrivals) {
    this.signals = signals;
    this.regions = regions;
    this.places = places;
    this.information = information;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.clock = clock;
    this.arrivals = arrivals;
  }

  /**
   * Saves what is filled in, checking formats only: a new draft when {@code reference} is null,
   * else the draft, received or registered signal with that reference (a registered one must stay
   * complete).
   */
  public SignalView save(Actor actor, String reference, SignalForm form) {
    return save(actor, reference, form, null);
  }

  /**
   * As {@link #save(Actor, String, SignalForm)}, for a screen that showed the signal at {@code
   * seenVersion}: when someone changed it since, nothing is saved ({@link ConflictException}), so
   * that a stale form never overwrites a newer registration.
   */
  public SignalView save(Actor actor, String reference, SignalForm form, Long seenVersion) {
    return save(actor, reference, form, seenVersion, null);
  }

  /**
   * As {@link #save(Actor, String, SignalForm, Long)}, remembering the step of the coordinators'
   * form it was saved on ({@code null}: the one remembered before), so that a resumed draft opens
   * where it was left.
   */
  public SignalView save(
      Actor actor, String reference, SignalForm form, Long seenVersion, String formStep) {
    Signal signal;
    AccessAction action;
    SignalContent content;
    if (reference == null) {
      content = contentOf(actor, form);
      signal = newSignal(actor, SignalStatus.DRAFT, regions.defaultOf(actor));
      action = AccessAction.CREATE;
    } else {
      signal = visible(actor, reference);
      if (seenVersion != null && signal.version() != seenVersion) {
        throw new ConflictException("signal " + reference);
      }
      content = contentOf(actor, form);
      action = AccessAction.UPDATE;
    }
    signal.describe(content, today());
    if (formStep != null) {
      signal.rememberFormStep(formStep);
    }
    accessLog.record(actor, action, SubjectType.SIGNAL, signal.reference(), "save-draft");
    return changed(signal);
  }

  /** Checks that the signal is complete and registers it; every problem is named at once. */
  public SignalView submit(Actor actor, String reference) {
    Signal signal = visible(actor, reference);
    signal.register(today(), now());
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.SIGNAL, reference, "register");
    return changed(signal);
  }

  /** A complete signal registered at once (as the API creates them). */
  public SignalView register(Actor actor, SignalForm form) {
    SignalContent content = contentOf(actor, form);
    Signal signal = newSignal(actor, SignalStatus.DRAFT, regions.defaultOf(actor));
    signal.describe(content, today());
    signal.register(today(), now());
    accessLog.record(
        actor, AccessAction.CREATE, SubjectType.SIGNAL, signal.reference(), "register");
    return changed(signal);
  }

  /**
   * A signal from the public form: it lands in the inbox of the municipality's region as received,
   * to be assessed, and the region's coordinators are told ({@link SignalArrived}). The sender gets
   * the reference and nothing else.
   */
  public String receive(PublicSignal incoming) {
    Municipality municipality = places.resolve(incoming.municipality(), "municipality");
    Signal signal = newSignal(Actor.PUBLIC_FORM, SignalStatus.RECEIVED, municipality.region());
    signal.describe(
        new SignalContent(
            today(),
            Channel.PUBLIC_FORM,
            incoming.reporterType(),
            cipher.seal(Text.optional(incoming.contact(), "contact", SignalForm.MAX_CONTACT)),
            municipality,
            null,
            null,
            null,
            null,
            Set.of(),
            cipher.seal(Text.required(incoming.account(), "account", SignalForm.MAX_ACCOUNT)),
            null,
            PersonAge.UNKNOWN,
            null,
            null,
            Set.of(),
            null,
            null,
            null,
            null,
            null),
        today());
    accessLog.record(
        Actor.PUBLIC_FORM,
        AccessAction.CREATE,
        SubjectType.SIGNAL,
        signal.reference(),
        "public-form");
    // observers that send notices run only once this transaction has committed
    arrivals.fire(new SignalArrived(municipality.region().code()));
    return signal.reference();
  }

  public SignalView read(Actor actor, String reference, String purpose) {
    Signal signal = visible(actor, reference);
    accessLog.record(actor, AccessAction.READ, SubjectType.SIGNAL, reference, purpose);
    return view(signal);
  }

  /** The actor's signals that match, newest first; every signal listed is logged. */
  public Page<SignalSummary> list(
      Actor actor, SignalQuery query, PageRequest page, String purpose) {
    if (query.from() != null && query.until() != null && query.until().isBefore(query.from())) {
      throw new InvalidInputException("until", "the end of the period lies before its start");
    }
    Page<Signal> found =
        signals.list(
            new SignalFilter(
                regions.idsOf(actor),
                query.status(),
                query.form(),
                query.reporterType(),
                query.from(),
                query.until()),
            page);
    accessLog.recordListing(
        actor, SubjectType.SIGNAL, found.items().stream().map(Signal::reference).toList(), purpose);
    return found.map(s -> SignalSummary.of(s, cipher));
  }

  /**
   * Signals in the actor's regions that may be about the same person, most alike first. Each
   * candidate shown is logged as read.
   */
  public List<DuplicateMatch> possibleDuplicates(Actor actor, String reference) {
    Signal signal = visible(actor, reference);
    String pseudonym = cipher.open(signal.pseudonym());
    String account = cipher.open(signal.account());
    List<DuplicateMatch> matches = new ArrayList<>();
    for (Signal candidate : signals.sameProfile(signal, regions.idsOf(actor))) {
      String otherPseudonym = cipher.open(candidate.pseudonym());
      double byName = Similarity.ofNames(pseudonym, otherPseudonym);
      double byAccount = Similarity.ofTexts(account, cipher.open(candidate.account()));
      double score = Math.max(byName, byAccount);
      if (score >= DUPLICATE_THRESHOLD) {
        matches.add(
            new DuplicateMatch(
                candidate.reference(),
                candidate.caseFile() == null ? null : candidate.caseFile().number(),
                otherPseudonym,
                Math.round(score * 100) / 100.0,
                byName >= byAccount ? "pseudonym" : "account"));
        accessLog.record(
            actor, AccessAction.READ, SubjectType.SIGNAL, candidate.reference(), "duplicate-check");
      }
    }
    accessLog.record(actor, AccessAction.READ, SubjectType.SIGNAL, reference, "duplicate-check");
    matches.sort(Comparator.comparingDouble(DuplicateMatch::score).reversed());
    return matches;
  }

  public SignalView recordNationalStatus(
      Actor actor, String reference, NationalStatus status, LocalDate on) {
    Signal signal = visible(actor, reference);
    signal.recordNationalStatus(status, on == null ? today() : on);
    accessLog.record(
        actor, AccessAction.UPDATE, SubjectType.SIGNAL, reference, "national-registration");
    return changed(signal);
  }

  public SignalView recordFeedback(Actor actor, String reference, LocalDate on, String note) {
    Signal signal = visible(actor, reference);
    signal.recordFeedback(
        on == null ? today() : on,
        cipher.seal(Text.optional(note, "note", SignalForm.MAX_ACCOUNT)));
    accessLog.record(actor, AccessAction.UPDATE, SubjectType.SIGNAL, reference, "feedback");
    return changed(signal);
  }

  /**
   * The view of a changed signal, written first: its version is the one a screen must send back
   * with its next save, not the one it had before this change.
   */
  private SignalView changed(Signal signal) {
    signals.flush();
    return view(signal);
  }

  /** A signal of the actor's regions; any other is not found. */
  Signal visible(Actor actor, String reference) {
    return signals
        .findByReference(reference == null ? "" : reference.strip().toUpperCase())
        .filter(s -> actor.covers(s.region()))
        .orElseThrow(() -> new NotFoundException("signal", reference));
  }

  Signal newSignal(Actor actor, SignalStatus status, Region region) {
    Signal signal = new Signal(uniqueReference(), status, region, actor.username(), now());
    return signals.add(signal);
  }

  private String uniqueReference() {
    while (true) {
      StringBuilder reference = new StringBuilder("WW-");
      for (int i = 0; i < 8; i++) {
        if (i == 4) {
          reference.append('-');
        }
        reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
      }
      if (!signals.referenceTaken(reference.toString())) {
        return reference.toString();
      }
    }
  }

  private SignalContent contentOf(Actor actor, SignalForm form) {
    Municipality municipality = null;
    if (form.municipality() != null && !form.municipality().isBlank()) {
      municipality = places.resolve(form.municipality(), "municipality");
      if (!actor.covers(municipality.region())) {
        throw new InvalidInputException(
            "municipality",
            municipality.name()
                + " belongs to region "
                + municipality.region().name()
                + ", which you do not coordinate: pass the signal on to that region");
      }
    }
    Set<String> indicators = new TreeSet<>(form.indicators());
    checkIndicators(indicators);
    return new SignalContent(
        form.intakeDate(),
        code(Channel.class, "channel", form.channel()),
        code(ReporterType.class, "reporterType", form.reporterType()),
        cipher.seal(
            Text.optional(form.reporterContact(), "reporterContact", SignalForm.MAX_CONTACT)),
        municipality,
        formsOf(form.forms()),
        code(Sector.class, "sector", form.sector()),
        form.periodFrom(),
        form.periodUntil(),
        indicators,
        cipher.seal(Text.optional(form.account(), "account", SignalForm.MAX_ACCOUNT)),
        cipher.seal(Text.optional(form.pseudonym(), "pseudonym", SignalForm.MAX_PSEUDONYM)),
        PersonAge.of(
            form.age(), form.birthYear(), form.intakeDate() == null ? today() : form.intakeDate()),
        code(Gender.class, "gender", form.gender()),
        Nationalities.normalise(form.nationality()),
        languagesOf(form.languages()),
        form.interpreterNeeded(),
        form.interpreterLanguage() == null || form.interpreterLanguage().isBlank()
            ? null
            : form.interpreterLanguage().strip().toLowerCase(java.util.Locale.ROOT),
        code(ResidenceStatus.class, "residenceStatus", form.residenceStatus()),
        code(Consent.class, "consent", form.consent()),
        code(ConsentSigner.class, "consentSignedBy", form.consentSignedBy()));
  }

  private static Set<ExploitationForm> formsOf(List<String> codes) {
    Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
    for (String form : codes) {
      if (form != null && !form.isBlank()) {
        forms.add(Coded.parse(ExploitationForm.class, "forms", form));
      }
    }
    return forms;
  }

  /** A code of the form, read so that a wrong one is refused naming its field. */
  private static <E extends Enum<E> & Coded> E code(Class<E> type, String field, String value) {
    return value == null || value.isBlank() ? null : Coded.parse(type, field, value);
  }

  private static Set<String> languagesOf(List<String> languages) {
    if (languages.size() > SignalForm.MAX_LIST) {
      throw new InvalidInputException("languages", "too many languages");
    }
    return languages.stream()
        .map(l -> l == null ? "" : l.strip().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private void checkIndicators(Set<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    if (codes.size() > SignalForm.MAX_LIST) {
      throw new InvalidInputException("indicators", "too many indicators");
    }
    Set<String> known = information.publishedIndicatorCodesAmong(codes);
    List<String> unknown = codes.stream().filter(c -> !known.contains(c)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(
          "indicators", "not on the indicator list: " + String.join(", ", unknown));
    }
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private SignalView view(Signal signal) {
    return SignalView.of(
        signal,
        cipher,
        signal.municipalityCode() == null
            ? null
            : places.municipalityByCbsCode(signal.municipalityCode()));
  }
}
