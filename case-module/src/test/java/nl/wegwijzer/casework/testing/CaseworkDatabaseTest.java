package nl.wegwijzer.casework.testing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.wegwijzer.casework.crypto.FieldCipher;
import nl.wegwijzer.casework.model.Channel;
import nl.wegwijzer.casework.model.Consent;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.PersonDetailsConverter;
import nl.wegwijzer.casework.model.ReporterType;
import nl.wegwijzer.casework.model.ResidenceStatus;
import nl.wegwijzer.casework.model.Sector;
import nl.wegwijzer.casework.notice.CaseTransferOffered;
import nl.wegwijzer.casework.notice.SignalArrived;
import nl.wegwijzer.casework.report.ReportService;
import nl.wegwijzer.casework.repository.AccessLogRepository;
import nl.wegwijzer.casework.repository.CaseEventRepository;
import nl.wegwijzer.casework.repository.CaseRepository;
import nl.wegwijzer.casework.repository.CaseTransferRepository;
import nl.wegwijzer.casework.repository.RetentionRunRepository;
import nl.wegwijzer.casework.repository.SignalRepository;
import nl.wegwijzer.casework.service.AccessLog;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.Colleagues;
import nl.wegwijzer.casework.service.ReferralService;
import nl.wegwijzer.casework.service.RetentionService;
import nl.wegwijzer.casework.service.SignalForm;
import nl.wegwijzer.casework.service.SignalService;
import nl.wegwijzer.casework.service.TransferService;
import nl.wegwijzer.casework.service.TriageService;
import nl.wegwijzer.content.rules.EligibilityRules;
import nl.wegwijzer.content.service.RuleBook;
import nl.wegwijzer.content.testing.ContentDatabaseTest;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that run the casework's services against PostgreSQL, each call in its own
 * committed transaction as in the server, with a clock the test sets. The schemas are migrated as
 * at start-up (directory, content, casework); every test starts without casework data, and leaves
 * none behind for the other modules' tests on the same database.
 */
public abstract class CaseworkDatabaseTest {

  public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
  public static final Actor ZEELAND = new Actor("coordinator-zeeland", Set.of("zeeland"));
  public static final Actor UTRECHT = new Actor("coordinator-utrecht", Set.of("utrecht"));

  /** A second coordinator of Zeeland, to hand cases and tasks over to. */
  public static final Actor ZEELAND_COLLEAGUE =
      new Actor("coordinator-zeeland-2", Set.of("zeeland"));

  /** The coordinators of each region as the identity provider would list them. */
  protected static final Colleagues COLLEAGUES =
      new Colleagues() {
        @Override
        public List<Colleague> ofRegion(String regionCode) {
          return switch (regionCode) {
            case "zeeland" ->
                List.of(
                    new Colleague(ZEELAND.username(), "Femke Visser"),
                    new Colleague(ZEELAND_COLLEAGUE.username(), "Joris de Wit"));
            case "utrecht" -> List.of(new Colleague(UTRECHT.username(), "Daan Bakker"));
            default -> List.of();
          };
        }

        @Override
        public String nameOf(String userName) {
          return userName;
        }
      };

  /** A fixed test key; the production keys come from configuration. */
  public static final FieldCipher CIPHER =
      new FieldCipher(
          "t1:" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()),
          "t1");

  protected static final MutableClock CLOCK = new MutableClock(TODAY);

  /** The signals that arrived in an inbox since the test started. */
  protected static final RecordedEvents<SignalArrived> ARRIVALS = new RecordedEvents<>();

  /** After how many days a referral without an answer is in the worklist, in these tests. */
  public static final int REFERRAL_ANSWER_DAYS = 10;

  /** The notices of transfers offered, as the services fired them. */
  protected static final RecordedEvents<CaseTransferOffered> OFFERS = new RecordedEvents<>();

  static {
    // the persistence provider creates the converter that seals a signal's person; no CDI here
    PersonDetailsConverter.use(CIPHER);
  }

  @BeforeAll
  static void openDatabase() {
    TestDatabase.open("casework-test", "directory", "content", "casework");
    emptyCasework();
  }

  @BeforeEach
  void startClean() {
    emptyCasework();
    CLOCK.set(TODAY);
    ARRIVALS.clear();
    OFFERS.clear();
  }

  @AfterAll
  static void leaveClean() {
    emptyCasework();
  }

  static void emptyCasework() {
    TestDatabase.execute(
        "delete from casework.access_log",
        "delete from casework.partner",
        "delete from casework.knowledge_activity",
        "delete from casework.notice_setting",
        "delete from casework.notice_digest",
        "delete from casework.retention_run",
        "delete from casework.case_transfer",
        "update casework.signal set case_id = null",
        "delete from casework.case_file",
        "delete from casework.signal",
        "delete from directory.organisation where slug like 'test-%'");
  }

  /** The casework's services wired by hand on one entity manager. */
  public record Casework(EntityManager em) {
    public DirectoryDatabaseTest.Directory directory() {
      return new DirectoryDatabaseTest.Directory(em);
    }

    public ContentDatabaseTest.Content content() {
      return new ContentDatabaseTest.Content(em);
    }

    private AccessLog accessLog() {
      return new AccessLog(new AccessLogRepository(em), CLOCK);
    }

    public SignalService signals() {
      return new SignalService(
          new SignalRepository(em),
          new ActorRegions(directory().places()),
          directory().places(),
          content().information(),
          CIPHER,
          accessLog(),
          CLOCK,
          ARRIVALS);
    }

    public CaseService cases() {
      return new CaseService(
          new CaseRepository(em),
          new SignalRepository(em),
          new CaseEventRepository(em),
          new AccessLogRepository(em),
          signals(),
          new ActorRegions(directory().places()),
          CIPHER,
          accessLog(),
          new RuleBook(content().regulations(), new EligibilityRules()),
          CLOCK,
          COLLEAGUES);
    }

    public RetentionService retention(String period) {
      return retention(period, "P3M");
    }

    public RetentionService retention(String period, String setAsidePeriod) {
      return new RetentionService(
          new CaseRepository(em),
          new SignalRepository(em),
          new CaseEventRepository(em),
          new RetentionRunRepository(em),
          accessLog(),
          CLOCK,
          period,
          setAsidePeriod);
    }

    public ReferralService referrals() {
      return new ReferralService(
          cases(),
          new CaseRepository(em),
          new SignalRepository(em),
          new CaseEventRepository(em),
          directory().organisationService(),
          new ActorRegions(directory().places()),
          CIPHER,
          accessLog(),
          CLOCK,
          REFERRAL_ANSWER_DAYS);
    }

    public TriageService triage() {
      return new TriageService(signals(), new SignalRepository(em), CIPHER, accessLog(), CLOCK);
    }

    /** Transfers whose offers are told to {@link #OFFERS}. */
    public TransferService transfers() {
      return new TransferService(
          cases(),
          new CaseTransferRepository(em),
          new SignalRepository(em),
          new CaseEventRepository(em),
          directory().places(),
          new ActorRegions(directory().places()),
          CIPHER,
          accessLog(),
          OFFERS,
          CLOCK);
    }

    public ReportService reports() {
      return new ReportService(em, directory().places());
    }

    public AccessLogRepository accessLogLines() {
      return new AccessLogRepository(em);
    }
  }

  /** Runs work against the casework in one committed transaction. */
  protected static <T> T inCasework(Function<Casework, T> work) {
    return TestDatabase.inTransaction(em -> work.apply(new Casework(em)));
  }

  /** A complete signal from Middelburg (Zeeland) about an adult woman from Romania. */
  public static SignalForm complete(String pseudonym, String account) {
    return new Form(pseudonym, account).build();
  }

  /** A complete signal to change one part of before building it. */
  public static final class Form {
    public String municipality = "Middelburg";
    public Set<ExploitationForm> forms = Set.of(ExploitationForm.LABOUR);
    public Sector sector = Sector.AGRICULTURE;
    public Set<String> indicators = Set.of("geen-eigen-id", "schuld-bij-werkgever");
    public Integer age;
    public Integer birthYear = 1995;
    public String nationality = "ro";
    public List<String> languages = List.of("ro", "en");
    public ResidenceStatus residence = ResidenceStatus.EU_CITIZEN;
    public String interpreterLanguage = "ro";
    private final String pseudonym;
    private final String account;

    public Form(String pseudonym, String account) {
      this.pseudonym = pseudonym;
      this.account = account;
    }

    public SignalForm build() {
      return new SignalForm(
          TODAY.minusDays(2),
          Channel.PHONE.code(),
          ReporterType.LABOUR_INSPECTORATE.code(),
          "Inspecteur J. de Wit, 070-000 0000",
          municipality,
          forms.stream().map(ExploitationForm::code).toList(),
          sector == null ? null : sector.code(),
          TODAY.minusMonths(6),
          TODAY.minusDays(3),
          List.copyOf(indicators),
          account,
          pseudonym,
          age,
          birthYear,
          Gender.FEMALE.code(),
          nationality,
          languages,
          true,
          interpreterLanguage,
          residence == null ? null : residence.code(),
          Consent.GIVEN.code(),
          ConsentSigner.PERSON.code());
    }
  }

  /** Only a pseudonym, as a coordinator starts a draft. */
  public static SignalForm draft(String pseudonym) {
    return new SignalForm(
        null, null, null, null, null, null, null, null, null, List.of(), null, pseudonym, null,
        null, null, null, List.of(), null, null, null, null, null);
  }
}
