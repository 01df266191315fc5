package nl.wegwijzer.web.redactie;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.service.IndicatorThemeKind;

/**
 * The repeatable rows of an edit page's form by field name ({@code
 * #{editBacking.rows.byField[spec.name]}}): added, removed and moved by plain postbacks that keep
 * what was typed, and turned into the field's stored value and back.
 */
public class RowsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<RowEdit>> rows = new HashMap<>();

  void clear() {
    rows.clear();
  }

  void fill(String field, String value) {
    rows.put(
        field, new ArrayList<>(IndicatorThemeKind.rows(value).stream().map(RowEdit::new).toList()));
  }

  String value(String field) {
    return IndicatorThemeKind.value(
        rows.getOrDefault(field, List.of()).stream().map(RowEdit::row).toList());
  }

  public Map<String, List<RowEdit>> getByField() {
    return rows;
  }

  public void add(String field) {
    rows.computeIfAbsent(field, f -> new ArrayList<>()).add(new RowEdit());
  }

  public void remove(String field, int index) {
    List<RowEdit> list = rows.get(field);
    if (list != null && index >= 0 && index < list.size()) {
      list.remove(index);
    }
  }

  /** Moves a row one place up ({@code -1}) or down ({@code 1}). */
  public void move(String field, int index, int by) {
    List<RowEdit> list = rows.get(field);
    int to = index + by;
    if (list != null && index >= 0 && index < list.size() && to >= 0 && to < list.size()) {
      Collections.swap(list, index, to);
    }
  }

  /** One row of a repeatable field as the form edits it. */
  public static class RowEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String text;
    private List<String> forms = new ArrayList<>();

    public RowEdit() {}

    RowEdit(IndicatorThemeKind.Row row) {
      this.code = row.code();
      this.text = row.text();
      this.forms = new ArrayList<>(row.forms());
    }

    IndicatorThemeKind.Row row() {
      return new IndicatorThemeKind.Row(code, text, forms == null ? List.of() : List.copyOf(forms));
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public List<String> getForms() {
      return forms;
    }

    public void setForms(List<String> forms) {
      this.forms = forms == null ? new ArrayList<>() : new ArrayList<>(forms);
    }
  }
}
