package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.IndicatorTheme;
import nl.wegwijzer.content.model.IndicatorTheme.IndicatorLine;
import nl.wegwijzer.content.repository.IndicatorThemeRepository;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;

/**
 * A theme of the indicator list with its indicators, for the workflow. The indicators are one field
 * of rows, a line each: {@code code | forms | text} (forms as codes separated by commas, none
 * meaning every form), so that a version's diff reads row by row.
 */
@ApplicationScoped
public class IndicatorThemeKind extends ItemKind<IndicatorTheme> {

  static final String ROWS = "indicators";

  /** The English of the indicators: a line each, {@code code | text}. */
  static final String ROWS_EN = "indicatorsEn";

  private static final int MAX_CODE = 60;
  private static final int MAX_TEXT = 500;

  private final IndicatorThemeRepository themes;

  protected IndicatorThemeKind() {
    this(null);
  }

  @Inject
  public IndicatorThemeKind(IndicatorThemeRepository themes) {
    super(EditorialKind.INDICATOR_THEME, "indicator_theme", themes);
    this.themes = themes;
  }

  /** One row as the screen edits it. */
  public record Row(String code, String text, List<String> forms) {}

  /** The rows of a field's value. */
  public static List<Row> rows(String value) {
    List<Row> rows = new ArrayList<>();
    if (value == null) {
      return rows;
    }
    for (String line : value.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      rows.add(
          new Row(
              parts[0].strip(),
              parts.length > 2 ? parts[2].strip() : "",
              parts.length > 1 ? EditableKind.list(parts[1]) : List.of()));
    }
    return rows;
  }

  /** A field's value of rows. */
  public static String value(List<Row> rows) {
    return rows.stream()
        .map(
            r ->
                (r.code() == null ? "" : r.code().strip())
                    + " | "
                    + String.join(", ", r.forms() == null ? List.of() : r.forms())
                    + " | "
                    + (r.text() == null ? "" : r.text().strip().replaceAll("\\s+", " ")))
        .collect(Collectors.joining("\n"));
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.number("position"),
        FieldSpec.line("title", true, TextKinds.TITLE),
        FieldSpec.text("summary", true, TextKinds.SUMMARY),
        FieldSpec.rows(ROWS, TextKinds.codes(ExploitationForm.class)),
        FieldSpec.line("titleEn", false, TextKinds.TITLE),
        FieldSpec.text("summaryEn", false, TextKinds.SUMMARY),
        FieldSpec.text(ROWS_EN, false, 100_000));
  }

  /** The English texts of a field's value ({@code code | text} lines) by code. */
  static Map<String, String> englishTexts(String value) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (value != null) {
      for (String line : value.split("\\R")) {
        String[] parts = line.split("\\|", 2);
        if (parts.length == 2 && !parts[1].isBlank()) {
          texts.put(parts[0].strip(), parts[1].strip().replaceAll("\\s+", " "));
        }
      }
    }
    return texts;
  }

  @Override
  public Fields snapshot(IndicatorTheme t) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("position", Integer.toString(t.position()));
    values.put("title", t.title());
    values.put("summary", t.summary());
    values.put(
        ROWS,
        value(
            t.indicators().stream()
                .map(i -> new Row(i.code(), i.text(), i.forms().stream().map(Coded::code).toList()))
                .toList()));
    values.put("titleEn", t.titleEn());
    values.put("summaryEn", t.summaryEn());
    values.put(
        ROWS_EN,
        t.indicators().stream()
            .filter(i -> i.textEn() != null)
            .map(i -> i.code() + " | " + i.textEn())
            .collect(Collectors.joining("\n")));
    return new Fields(values);
  }

  @Override
  public Fields clean(Fields fields) {
    Fields cleaned = super.clean(fields);
    Map<String, String> values = new LinkedHashMap<>(cleaned.asMap());
    if (values.containsKey(ROWS)) {
      values.put(ROWS, value(rows(values.get(ROWS))));
    }
    return new Fields(values);
  }

  /** The rows' problems count for drafts too: a row is numbered from 1 in {@code limit}. */
  @Override
  public List<FieldProblem> check(Fields fields, String slug, boolean complete) {
    List<FieldProblem> problems = new ArrayList<>(super.check(fields, slug, complete));
    Set<String> forms =
        java.util.Arrays.stream(ExploitationForm.values())
            .map(Coded::code)
            .collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (Row row : rows(fields.optional(ROWS))) {
      number++;
      if (!row.code().matches("[a-z0-9]+(-[a-z0-9]+)*") || row.code().length() > MAX_CODE) {
        problems.add(new FieldProblem(ROWS, "row-code", number));
      } else if (!seen.add(row.code())) {
        problems.add(new FieldProblem(ROWS, "row-code-twice", number));
      }
      if (row.text().isBlank() || row.text().length() > MAX_TEXT) {
        problems.add(new FieldProblem(ROWS, "row-text", number));
      }
      if (!forms.containsAll(row.forms())) {
        problems.add(new FieldProblem(ROWS, "row-form", number));
      }
    }
    englishTexts(fields.optional(ROWS_EN))
        .forEach(
            (code, text) -> {
              if (!seen.contains(code) || text.length() > MAX_TEXT) {
                problems.add(FieldProblem.of(ROWS_EN, "row-english"));
              }
            });
    return problems;
  }

  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    Set<String> elsewhere = new HashSet<>(themes.codesOutside(slug));
    List<FieldProblem> problems = new ArrayList<>();
    int number = 0;
    for (Row row : rows(fields.optional(ROWS))) {
      number++;
      if (elsewhere.contains(row.code())) {
        problems.add(new FieldProblem(ROWS, "row-code-taken", number));
      }
    }
    return problems;
  }

  @Override
  public IndicatorTheme apply(Fields fields, String slug, Optional<IndicatorTheme> live) {
    int position = EditableKind.number(fields, "position");
    IndicatorTheme theme =
        live.orElseGet(
            () ->
                add(
                    new IndicatorTheme(
                        slug, position, fields.get("title"), fields.get("summary"))));
    theme.place(position);
    theme.describe(fields.get("title"), fields.get("summary"));
    theme.replaceIndicators(
        rows(fields.get(ROWS)).stream()
            .map(
                r ->
                    new IndicatorLine(
                        r.code(),
                        r.text(),
                        r.forms().stream()
                            .map(f -> Coded.parse(ExploitationForm.class, "forms", f))
                            .toList()))
            .toList());
    theme.translate(
        fields.optional("titleEn"),
        fields.optional("summaryEn"),
        englishTexts(fields.optional(ROWS_EN)));
    return theme;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    StringBuilder list = new StringBuilder("<ul>");
    for (Row row : rows(fields.optional(ROWS))) {
      list.append("<li>").append(DocumentKind.escape(row.text())).append("</li>");
    }
    list.append("</ul>");
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "signalen",
            fields.optional("title"),
            fields.optional("summary"),
            list.toString(),
            false,
            null));
  }
}
