package nl.wegwijzer.directory.testing;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.repository.CoordinationRepository;
import nl.wegwijzer.directory.repository.MunicipalityRepository;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.repository.PostcodeAreaRepository;
import nl.wegwijzer.directory.repository.RegionRepository;
import nl.wegwijzer.directory.repository.SynonymRepository;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.CoordinationEditing;
import nl.wegwijzer.directory.service.CoordinationService;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.OrganisationService;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.PostcodeImportService;
import nl.wegwijzer.directory.service.SearchSynonyms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that run the directory's repositories and services against PostgreSQL, each
 * call in its own committed transaction as in the server. Every test starts without organisations,
 * coordinators and postcodes; the reference data (regions, municipalities) stays.
 */
public abstract class DirectoryDatabaseTest {

  @BeforeAll
  static void openDatabase() {
    TestDatabase.open("directory-test", "directory");
  }

  @BeforeEach
  void emptyTheDirectory() {
    TestDatabase.execute(
        "delete from directory.organisation",
        "delete from directory.coordination_point",
        "delete from directory.postcode_area");
  }

  /**
   * Puts the region assignments directory V10 ships back (valid from 2023-01-01, no end) and makes
   * them the regions of today again, after a test that moved a municipality.
   */
  public static void restoreShippedRegions() {
    TestDatabase.execute(
        "delete from directory.region_assignment where valid_from > date '2023-01-01'",
        "update directory.region_assignment set valid_until = null where valid_until is not null",
        "update directory.municipality m set region_id = a.region_id"
            + " from directory.region_assignment a"
            + " where a.municipality_id = m.id and m.region_id <> a.region_id");
  }

  /** The directory's services wired by hand on one entity manager. */
  public record Directory(EntityManager em) {
    public RegionRepository regions() {
      return new RegionRepository(em);
    }

    public MunicipalityRepository municipalities() {
      return new MunicipalityRepository(em);
    }

    public OrganisationRepository organisations() {
      return new OrganisationRepository(em);
    }

    public PlaceService places() {
      return new PlaceService(regions(), municipalities(), new PostcodeAreaRepository(em));
    }

    public OrganisationService organisationService() {
      return new OrganisationService(organisations(), regions(), municipalities());
    }

    public OrganisationDirectory directory() {
      return new OrganisationDirectory(organisations(), places(), synonyms());
    }

    public SearchSynonyms synonyms() {
      return new SearchSynonyms(new SynonymRepository(em), organisations());
    }

    public CoordinationService coordinationService() {
      return new CoordinationService(new CoordinationRepository(em), regions());
    }

    public CoordinatorFinder coordinatorFinder() {
      return new CoordinatorFinder(places(), new CoordinationRepository(em));
    }

    public CoordinationEditing coordinationEditing() {
      return new CoordinationEditing(
          new CoordinationRepository(em),
          regions(),
          municipalities(),
          new AuditTrail(new AuditRepository(em)));
    }

    public PostcodeImportService postcodeImport() {
      return new PostcodeImportService(new PostcodeAreaRepository(em), municipalities());
    }
  }

  /** Runs work against the directory in one committed transaction. */
  protected static <T> T inDirectory(Function<Directory, T> work) {
    return TestDatabase.inTransaction(em -> work.apply(new Directory(em)));
  }
}
