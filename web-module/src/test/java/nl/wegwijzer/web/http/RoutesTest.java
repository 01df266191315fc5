package nl.wegwijzer.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.web.coordinatie.CaseSection;
import org.junit.jupiter.api.Test;

/** The addresses the site hands out (PublicPaths) are pages the router knows: no dead ends. */
class RoutesTest {

  @Test
  void everySectionsListIsAPage() {
    for (PublicPaths paths : PublicPaths.values()) {
      if (paths.list() != null) {
        assertTrue(Routes.isPage(paths.list()), paths + ": no page at " + paths.list());
      }
    }
  }

  @Test
  void everyItemAndPhaseIsAPage() {
    for (PublicPaths paths : PublicPaths.values()) {
      if (paths != PublicPaths.STEP) {
        assertTrue(Routes.isPage(paths.itemPath("een-item")), paths + " item");
      }
    }
    for (String phase : PublicPaths.PHASES) {
      assertTrue(Routes.isPage(PublicPaths.phase(phase)), phase);
      assertTrue(Routes.isPage(PublicPaths.step(phase, "een-stap")), phase + " step");
    }
    assertTrue(Routes.isPage(PublicPaths.SEARCH));
  }

  @Test
  void everySectionOfACaseHasItsOwnAddress() {
    for (CaseSection section : CaseSection.values()) {
      String path =
          "/coordinatie/zaken/ZK-2026-00001"
              + (section.path().isEmpty() ? "" : "/" + section.path());
      assertTrue(Routes.isPage(path), section + " at " + path);
      assertEquals(
          java.util.Optional.of(section),
          Routes.match(path).flatMap(m -> CaseSection.ofPath(m.parameters().get("section"))),
          path);
    }
    assertFalse(Routes.isPage("/coordinatie/zaken/ZK-2026-00001/onbekend"));
  }
}
