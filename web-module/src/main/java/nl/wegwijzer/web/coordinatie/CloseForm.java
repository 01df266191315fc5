package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijzer.casework.model.CloseReason;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The case page's closing section: a reason, a note and a day ({@code
 * #{caseBacking.closing.text.reason}}), checked on the first click and closed only after the
 * confirmation.
 */
public class CloseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> text = new LinkedHashMap<>();
  private boolean confirming;

  /** What closes the case. */
  record Closing(CloseReason reason, String note, LocalDate on) {}

  CloseForm(String today) {
    text.put("on", today);
  }

  /** The closing typed, or null with the problems noted. */
  Closing read(Map<String, String> problems) {
    CloseReason reason =
        SignalFields.code(CloseReason.class, "reason", text.get("reason"), problems);
    LocalDate on = SignalFields.date("closedOn", text.get("on"), problems);
    return problems.isEmpty() ? new Closing(reason, text.get("note"), on) : null;
  }

  /** The first click only checks the reason and the day, and asks to confirm. */
  void ask(Map<String, String> problems) {
    CloseReason reason =
        SignalFields.code(CloseReason.class, "reason", text.get("reason"), problems);
    SignalFields.date("closedOn", text.get("on"), problems);
    if (reason == null) {
      problems.putIfAbsent("reason", CaseworkTexts.text("problem.required"));
    }
    confirming = problems.isEmpty();
  }

  void cancel() {
    confirming = false;
  }

  public Map<String, String> getText() {
    return text;
  }

  public boolean isConfirming() {
    return confirming;
  }
}
