package nl.wegwijzer.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The directory search's kept answers on {@code /metrics}: how many searches this node answered
 * from them and how many it computed. The benchmark reads both before and after its search run, to
 * report the share kept beside its figure (a figure of kept answers measures the cache, not the
 * search).
 */
@Startup
@Singleton
public class SearchMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject OrganisationDirectory directory;

  @PostConstruct
  void register() {
    registry.gauge(
        Metadata.builder()
            .withName("directory_search_answers_kept")
            .withDescription("directory searches answered from this node's kept answers")
            .build(),
        () -> directory.answerCounts().kept());
    registry.gauge(
        Metadata.builder()
            .withName("directory_search_answers_computed")
            .withDescription("directory searches this node computed in the database")
            .build(),
        () -> directory.answerCounts().computed());
  }
}
