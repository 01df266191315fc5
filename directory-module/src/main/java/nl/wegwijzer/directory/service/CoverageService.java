package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.repository.CoverageRepository;
import nl.wegwijzer.directory.support.Coded;

/**
 * The coverage matrix: where the directory has organisations for which care need, and where it has
 * none. Every organisation in the directory is public, so every one counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

  private final CoverageRepository coverage;

  protected CoverageService() {
    this(null);
  }

  @Inject
  public CoverageService(CoverageRepository coverage) {
    this.coverage = coverage;
  }

  public CoverageMatrix matrix() {
    Map<RegionView, Map<CareNeed, Long>> byRegion = new LinkedHashMap<>();
    for (CoverageRepository.Cell cell : coverage.cells()) {
      Map<CareNeed, Long> counts =
          byRegion.computeIfAbsent(
              new RegionView(cell.regionCode(), cell.regionName()),
              region -> new EnumMap<>(CareNeed.class));
      if (cell.need() != null) {
        counts.put(cell.need(), cell.organisations());
      }
    }
    List<CareNeed> needs = Arrays.asList(CareNeed.values());
    List<CoverageMatrix.Row> rows = new ArrayList<>();
    byRegion.forEach(
        (region, counts) ->
            rows.add(
                new CoverageMatrix.Row(
                    region, needs.stream().map(need -> counts.getOrDefault(need, 0L)).toList())));
    return new CoverageMatrix(needs.stream().map(Coded::code).toList(), rows);
  }
}
