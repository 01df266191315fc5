package nl.wegwijzer.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.wegwijzer.content.service.SearchSuggestions;
import nl.wegwijzer.directory.service.CoordinationService;
import nl.wegwijzer.directory.service.CoordinationSetup;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.service.OrganisationRegistration;
import nl.wegwijzer.directory.service.OrganisationService;
import nl.wegwijzer.directory.service.PostcodeImportReport;
import nl.wegwijzer.directory.service.PostcodeImportService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the fictitious demo data once, when {@code wegwijzer.demo-data.dir} points at a folder:
 * organisations, coordinators and the demo postcode table. Each part is loaded only while its table
 * is empty, so a second start reuses what is there. Production leaves the setting empty.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "wegwijzer.demo-data.dir")
  Optional<String> demoDirectory;

  @Inject OrganisationService organisations;
  @Inject CoordinationService coordination;
  @Inject PostcodeImportService postcodeImport;
  @Inject SearchSuggestions suggestions;

  @PostConstruct
  void load() {
    Optional<Path> folder = demoDirectory.filter(d -> !d.isBlank()).map(Path::of);
    if (folder.isEmpty()) {
      return;
    }
    if (!Files.isDirectory(folder.get())) {
      LOG.warning(() -> "Demo data folder " + folder.get() + " does not exist; nothing loaded");
      return;
    }
    try (Jsonb jsonb = JsonbBuilder.create()) {
      loadCoordinators(jsonb, folder.get().resolve("coordinators.json"));
      loadOrganisations(jsonb, folder.get().resolve("organisations.json"));
      loadPostcodes(folder.get().resolve("pc4-demo.csv"));
      // the organisations' words, for "Bedoelde u …?" (the workflow refreshes on publication)
      suggestions.refresh();
    } catch (Exception e) {
      throw new IllegalStateException("Demo data could not be loaded from " + folder.get(), e);
    }
  }

  private void loadCoordinators(Jsonb jsonb, Path file) throws IOException {
    if (coordination.hasNational() || !Files.exists(file)) {
      return;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      coordination.apply(
          jsonb.fromJson(reader, CoordinationSetup.class), CoordinatorFinder.today());
    }
    LOG.info("Demo coordinators loaded");
  }

  private void loadOrganisations(Jsonb jsonb, Path file) throws IOException {
    if (organisations.count() > 0 || !Files.exists(file)) {
      return;
    }
    Type listOfRegistrations =
        new ArrayList<OrganisationRegistration>() {}.getClass().getGenericSuperclass();
    List<OrganisationRegistration> registrations;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      registrations = jsonb.fromJson(reader, listOfRegistrations);
    }
    registrations.forEach(registration -> organisations.register(registration, true));
    LOG.info(() -> registrations.size() + " demo organisations loaded");
  }

  private void loadPostcodes(Path file) throws IOException {
    if (postcodeImport.areaCount() > 0 || !Files.exists(file)) {
      return;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      PostcodeImportReport report = postcodeImport.apply(reader);
      LOG.info(
          () ->
              "Demo postcode table loaded: "
                  + report.added()
                  + " areas, "
                  + report.rejectedCount()
                  + " rows rejected");
    }
  }
}
