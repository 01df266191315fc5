package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.ScreenProblems;

/**
 * What the signal form says back to the coordinator: the problem of each field ({@code
 * #{signalFormBacking.messages.problems}}, the {@code bean} of the page's fields), a notice, a
 * problem with the whole form, and whether a newer version was saved by someone else.
 */
public class SignalFormMessages implements Serializable {

  private static final long serialVersionUID = 1L;

  private Map<String, String> problems = new LinkedHashMap<>();
  private String notice;
  private String problem;
  private boolean stale;

  void clear() {
    problems = new LinkedHashMap<>();
    notice = null;
    problem = null;
  }

  void refuse(Map<String, String> found) {
    problems = new LinkedHashMap<>(found);
  }

  /** Every problem of a refused submit, in the form's order, with a line above them. */
  void incomplete(Map<String, String> refused) {
    problems = new LinkedHashMap<>();
    for (String field : SignalSteps.inFormOrder(refused.keySet())) {
      problems.put(field, ScreenProblems.describe(field, refused.get(field)));
    }
    problem = CaseworkTexts.text("signal.form.incomplete", problems.size());
  }

  void notice(String text) {
    notice = text;
  }

  void stale(boolean newerVersion) {
    stale = newerVersion;
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }

  public Map<String, String> getProblems() {
    return problems;
  }

  public String getNotice() {
    return notice;
  }

  public String getProblem() {
    return problem;
  }

  public boolean isStale() {
    return stale;
  }
}
