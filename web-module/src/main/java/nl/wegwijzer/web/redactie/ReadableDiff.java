package nl.wegwijzer.web.redactie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.service.EditorialViews.DiffView;
import nl.wegwijzer.content.service.EditorialViews.FieldDiff;
import nl.wegwijzer.content.service.WordDiff.Change;
import nl.wegwijzer.content.service.WordDiff.Segment;
import nl.wegwijzer.web.shared.Labels;
import nl.wegwijzer.web.shared.ScreenProblems;

/**
 * Two versions compared as an editor reads them: each field by the label of its form
 * ("Telefoonnummer 2: Nummer" rather than {@code phone.2.number}), a yes/no or a code by its name
 * ("Opvang" rather than {@code shelter}, "Zeeland" rather than {@code zeeland}), free text word by
 * word; the changed fields apart from the ones that stayed the same.
 */
public final class ReadableDiff implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** One field: its key, its label, and its two values as pieces to mark. */
  public record Line(
      String field, String label, boolean changed, List<Segment> left, List<Segment> right) {}

  private static final Pattern ROW_FIELD =
      Pattern.compile("^(phone|location|service)\\.([0-9]{1,3})\\.([a-zA-Z]+)$");

  /** A service's fields whose values are codes with a screen name. */
  private static final List<String> SERVICE_CHOICES =
      List.of("careNeed", "access", "ageGroups", "genders", "nationalities", "forms", "scope");

  private final List<Line> changed = new ArrayList<>();
  private final List<Line> same = new ArrayList<>();

  /**
   * @param names the names of codes that are no screen text: regions and municipalities
   */
  static ReadableDiff of(DiffView diff, EditorialKind kind, Map<String, String> names) {
    ReadableDiff readable = new ReadableDiff();
    for (FieldDiff field : diff.fields()) {
      Line line =
          new Line(
              field.field(),
              label(kind, field.field()),
              field.changed(),
              side(field.field(), field.left(), Change.REMOVED, field.changed(), names),
              side(field.field(), field.right(), Change.ADDED, field.changed(), names));
      (field.changed() ? readable.changed : readable.same).add(line);
    }
    return readable;
  }

  /** A field's label; an organisation's rows by their kind and number. */
  static String label(EditorialKind kind, String field) {
    if (kind != EditorialKind.ORGANISATION) {
      return ScreenProblems.editorialField(field);
    }
    Matcher row = ROW_FIELD.matcher(field);
    if (row.matches()) {
      return EditorialTexts.text("org.row." + row.group(1), Integer.valueOf(row.group(2)))
          + ": "
          + ScreenProblems.editorialField("org." + row.group(1) + "." + row.group(3));
    }
    String own = ScreenProblems.editorialField("org." + field);
    return own.equals("org." + field) ? ScreenProblems.editorialField(field) : own;
  }

  /**
   * One side: as diffed word by word, or, when the whole value is a yes/no or a list of codes, that
   * value by its names, marked as a whole.
   */
  private static List<Segment> side(
      String field, List<Segment> pieces, Change mark, boolean changed, Map<String, String> names) {
    String value =
        pieces.stream()
            .filter(piece -> piece.change() == Change.SAME || piece.change() == mark)
            .map(Segment::text)
            .collect(Collectors.joining());
    String named = named(field, value.strip(), names);
    if (named == null) {
      return pieces;
    }
    return named.isEmpty() ? List.of() : List.of(new Segment(named, changed ? mark : Change.SAME));
  }

  /** The value by its names, or null when it is free text. */
  static String named(String field, String value, Map<String, String> names) {
    if (value.isEmpty()) {
      return "";
    }
    if (value.equals("true") || value.equals("false")) {
      return EditorialTexts.text("diff." + value);
    }
    Matcher row = ROW_FIELD.matcher(field);
    boolean service = row.matches() && row.group(1).equals("service");
    String own = service ? row.group(3) : null;
    ResourceBundle texts = ResourceBundle.getBundle(EditorialTexts.BUNDLE, Labels.locale());
    List<String> named = new ArrayList<>();
    for (String code : value.split(",\\s*")) {
      if (names.containsKey(code)) {
        named.add(names.get(code));
      } else if (!code.matches("[a-z0-9-]+")) {
        return null;
      } else if (service && SERVICE_CHOICES.contains(own)) {
        try {
          named.add(OrganisationProfileForm.optionName(own, code));
        } catch (MissingResourceException unknown) {
          return null;
        }
      } else if (texts.containsKey("option." + code)) {
        named.add(texts.getString("option." + code));
      } else {
        return null;
      }
    }
    return String.join(", ", named);
  }

  public List<Line> getChanged() {
    return changed;
  }

  public List<Line> getSame() {
    return same;
  }
}
