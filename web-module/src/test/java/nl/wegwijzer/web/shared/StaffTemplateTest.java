package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every staff view (/redactie, /coordinatie, /beheer) uses the staff template, so none gets the
 * visitors' quick exit and every one has the logout button and the session warning; no public view
 * uses it. The browser tests check a few pages; this one catches a new view that forgets.
 */
class StaffTemplateTest {

  private static final Path VIEWS = Path.of("src/main/webapp/views");
  private static final List<String> STAFF_AREAS = List.of("redactie", "coordinatie", "beheer");
  private static final String STAFF_TEMPLATE = "template=\"/WEB-INF/templates/staff.xhtml\"";

  @Test
  void staffViewsAndOnlyThoseUseTheStaffTemplate() throws IOException {
    try (Stream<Path> files = Files.walk(VIEWS)) {
      List<Path> views = files.filter(file -> file.toString().endsWith(".xhtml")).toList();
      assertFalse(views.isEmpty(), "no views under " + VIEWS.toAbsolutePath());
      for (Path view : views) {
        boolean staff = STAFF_AREAS.contains(VIEWS.relativize(view).getName(0).toString());
        assertEquals(staff, Files.readString(view).contains(STAFF_TEMPLATE), view.toString());
      }
    }
  }
}
