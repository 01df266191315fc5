package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.directory.service.CoverageMatrix;
import nl.wegwijzer.directory.service.CoverageService;

/** The coverage matrix for the pages that show it, computed once per request. */
@Named
@RequestScoped
public class CoverageBacking {

  @Inject CoverageService coverage;

  private CoverageMatrix matrix;

  public CoverageMatrix getMatrix() {
    if (matrix == null) {
      matrix = coverage.matrix();
    }
    return matrix;
  }
}
