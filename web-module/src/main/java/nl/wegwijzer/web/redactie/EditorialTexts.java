package nl.wegwijzer.web.redactie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.web.shared.Labels;
import nl.wegwijzer.web.shared.ScreenProblems;

/** The editors' screen texts (bundle {@code editorial}) that need a little logic. */
@Named
@ApplicationScoped
public class EditorialTexts {

  static final String BUNDLE = ScreenProblems.EDITORIAL_BUNDLE;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  public static String text(String key, Object... arguments) {
    return Labels.text(ResourceBundle.getBundle(BUNDLE, Labels.locale()), key, arguments);
  }

  /** A field's label. */
  static String field(String name) {
    return ScreenProblems.editorialField(name);
  }

  static String problem(FieldProblem problem) {
    return ScreenProblems.describe(problem);
  }

  static String problems(List<FieldProblem> problems) {
    return ScreenProblems.describe(problems);
  }

  public static String workflow(WorkflowException problem) {
    return ScreenProblems.describe(problem);
  }

  /** A moment in Dutch time, or a dash. */
  public String when(OffsetDateTime at) {
    return at == null ? "–" : at.atZoneSameInstant(ZONE).format(SHOWN);
  }

  /** Where a kind's list is, from the kind's code. */
  public String kindPath(String code) {
    return PublicPaths.of(Coded.parse(EditorialKind.class, "kind", code)).editorPath();
  }
}
