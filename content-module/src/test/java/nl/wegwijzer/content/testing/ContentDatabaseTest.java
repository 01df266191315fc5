package nl.wegwijzer.content.testing;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import nl.wegwijzer.content.repository.DocumentRepository;
import nl.wegwijzer.content.repository.ExploitationFormPageRepository;
import nl.wegwijzer.content.repository.FaqRepository;
import nl.wegwijzer.content.repository.FeedbackRepository;
import nl.wegwijzer.content.repository.GuideSearchRepository;
import nl.wegwijzer.content.repository.IndicatorThemeRepository;
import nl.wegwijzer.content.repository.InformationPageRepository;
import nl.wegwijzer.content.repository.NewsRepository;
import nl.wegwijzer.content.repository.PhaseRepository;
import nl.wegwijzer.content.repository.RegulationRepository;
import nl.wegwijzer.content.repository.RevisionRepository;
import nl.wegwijzer.content.repository.SearchVocabularyRepository;
import nl.wegwijzer.content.repository.StepRepository;
import nl.wegwijzer.content.repository.StoryRepository;
import nl.wegwijzer.content.rules.EligibilityRules;
import nl.wegwijzer.content.service.CoordinationPointKind;
import nl.wegwijzer.content.service.DocumentKind;
import nl.wegwijzer.content.service.DocumentService;
import nl.wegwijzer.content.service.EditableKinds;
import nl.wegwijzer.content.service.EditorialReading;
import nl.wegwijzer.content.service.EditorialService;
import nl.wegwijzer.content.service.FaqKind;
import nl.wegwijzer.content.service.FeedbackService;
import nl.wegwijzer.content.service.FormPageKind;
import nl.wegwijzer.content.service.GuideSearch;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.IndicatorThemeKind;
import nl.wegwijzer.content.service.InformationPageKind;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.LinkCheck;
import nl.wegwijzer.content.service.MunicipalityRegionKind;
import nl.wegwijzer.content.service.NewsKind;
import nl.wegwijzer.content.service.OrganisationKind;
import nl.wegwijzer.content.service.OrganisationProposals;
import nl.wegwijzer.content.service.RegulationKind;
import nl.wegwijzer.content.service.RouteService;
import nl.wegwijzer.content.service.SearchSuggestions;
import nl.wegwijzer.content.service.StepKind;
import nl.wegwijzer.content.service.StoryKind;
import nl.wegwijzer.content.service.SynonymKind;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.testing.DirectoryDatabaseTest;
import nl.wegwijzer.directory.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that run the content's repositories and services against PostgreSQL, each call
 * in its own committed transaction as in the server. The schemas are migrated as at start-up
 * (directory, then content), so the seed content is there; every test starts without the documents,
 * feedback and items that tests add (their slugs start with {@code test-}).
 */
public abstract class ContentDatabaseTest {

  @BeforeAll
  static void openDatabase() {
    TestDatabase.open("content-test", "directory", "content");
  }

  @BeforeEach
  void removeWhatTestsAdded() {
    TestDatabase.execute(
        "delete from content.page_feedback",
        "delete from content.revision",
        "delete from directory.admin_audit",
        "delete from content.story where slug like 'test-%'",
        "delete from content.information_page where slug like 'test-%'",
        "delete from content.document where slug like 'test-%'",
        "delete from content.document_file where id not in"
            + " (select file_id from content.document where file_id is not null)",
        "delete from content.indicator_theme where slug like 'test-%'",
        "delete from content.exploitation_form_page where slug like 'test-%'",
        "delete from content.step where slug like 'test-%'",
        "delete from content.regulation where slug like 'test-%'",
        "delete from content.news_item where slug like 'test-%'",
        "delete from content.faq_entry where slug like 'test-%'",
        "delete from directory.organisation where slug like 'test-%'",
        "delete from directory.coordination_point where slug like 'test-%'",
        "delete from directory.search_synonym where slug like 'test-%'",
        "refresh materialized view content.search_vocabulary");
  }

  /** The content's services wired by hand on one entity manager, with the directory's. */
  public record Content(EntityManager em) {
    public DirectoryDatabaseTest.Directory directory() {
      return new DirectoryDatabaseTest.Directory(em);
    }

    public PhaseRepository phases() {
      return new PhaseRepository(em);
    }

    public StepRepository steps() {
      return new StepRepository(em);
    }

    public RegulationRepository regulations() {
      return new RegulationRepository(em);
    }

    public NewsRepository news() {
      return new NewsRepository(em);
    }

    public FaqRepository faq() {
      return new FaqRepository(em);
    }

    public DocumentRepository documents() {
      return new DocumentRepository(em);
    }

    public GuideService guide() {
      return new GuideService(phases(), steps(), regulations());
    }

    public RouteService routes() {
      return new RouteService(
          phases(), steps(), new EligibilityRules(), directory().places(), directory().directory());
    }

    public InformationService information() {
      return new InformationService(
          new InformationPageRepository(em),
          new ExploitationFormPageRepository(em),
          new IndicatorThemeRepository(em),
          new StoryRepository(em),
          news(),
          faq());
    }

    public DocumentService documentService() {
      return new DocumentService(documents());
    }

    public GuideSearch search() {
      return new GuideSearch(new GuideSearchRepository(em), directory().synonyms());
    }

    public EditableKinds kinds() {
      return new EditableKinds(
          new StepKind(steps(), phases(), regulations()),
          new RegulationKind(regulations()),
          new InformationPageKind(new InformationPageRepository(em)),
          new StoryKind(new StoryRepository(em)),
          new NewsKind(news()),
          new FaqKind(faq()),
          new OrganisationKind(directory().organisationService(), directory().places()),
          new DocumentKind(documents()),
          new IndicatorThemeKind(new IndicatorThemeRepository(em)),
          new FormPageKind(new ExploitationFormPageRepository(em)),
          new CoordinationPointKind(directory().coordinationService(), directory().places()),
          new MunicipalityRegionKind(directory().coordinationEditing(), directory().places()),
          new SynonymKind(directory().synonyms()));
    }

    public EditorialService editorial() {
      return new EditorialService(
          new RevisionRepository(em),
          kinds(),
          new AuditTrail(new AuditRepository(em)),
          new SearchVocabularyRepository(em));
    }

    public SearchSuggestions suggestions() {
      return new SearchSuggestions(new SearchVocabularyRepository(em));
    }

    public OrganisationProposals proposals() {
      return new OrganisationProposals(
          editorial(),
          new OrganisationKind(directory().organisationService(), directory().places()),
          directory().places(),
          new RevisionRepository(em));
    }

    public EditorialReading reading() {
      return new EditorialReading(new RevisionRepository(em), kinds());
    }

    public LinkCheck links() {
      return new LinkCheck(new RevisionRepository(em), kinds());
    }

    public FeedbackService feedback() {
      return new FeedbackService(new FeedbackRepository(em));
    }
  }

  /** Runs work against the content in one committed transaction. */
  protected static <T> T inContent(Function<Content, T> work) {
    return TestDatabase.inTransaction(em -> work.apply(new Content(em)));
  }
}
