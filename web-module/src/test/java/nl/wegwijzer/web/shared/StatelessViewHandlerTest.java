package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which views keep state (and so a session): only the back office's, which post back. */
class StatelessViewHandlerTest {

  @Test
  void thePublicPagesIncludingTheDirectoryAreStatelessTheBackOfficeIsNot() {
    for (String view :
        new String[] {
          "/views/home.xhtml",
          "/views/organisations.xhtml",
          "/views/organisation.xhtml",
          "/views/search.xhtml",
          "/views/guide/step.xhtml"
        }) {
      assertTrue(StatelessViewHandler.isStateless(view), view);
    }
    for (String view :
        new String[] {
          "/views/redactie/index.xhtml",
          "/views/coordinatie/signals.xhtml",
          "/views/beheer/users.xhtml"
        }) {
      assertFalse(StatelessViewHandler.isStateless(view), view);
    }
  }
}
