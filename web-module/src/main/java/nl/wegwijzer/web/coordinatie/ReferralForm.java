package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The case page's referral section: finding an organisation, referring to it, and recording its
 * answer. What is typed stays, by field name ({@code #{caseBacking.referral.text.careNeed}}, {@code
 * #{caseBacking.referral.answer.referralId}}), until the service accepts it; reading it into the
 * service's arguments notes every missing or unreadable value by field.
 */
public class ReferralForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int ORGANISATIONS_SHOWN = 10;

  private final Map<String, String> text = new LinkedHashMap<>();
  private final Map<String, String> answer = new LinkedHashMap<>();
  private List<OrganisationSummary> found = List.of();

  /** The answer to record: which referral, the answer and its day. */
  record Answer(long referralId, ReferralStatus status, LocalDate on) {}

  ReferralForm(String today) {
    text.put("sentOn", today);
    answer.put("referralAnswerOn", today);
  }

  /** Looks up the organisations matching the words typed; the first is chosen. */
  void search(OrganisationDirectory directory, Map<String, String> problems) {
    String words = text.get("organisationQuery");
    if (words == null || words.isBlank()) {
      problems.put("organisationQuery", CaseworkTexts.text("problem.required"));
      return;
    }
    DirectoryQuery query =
        new DirectoryQuery(words.strip(), null, null, null, null, null, null, null, null, null);
    found = directory.search(query, new PageRequest(1, ORGANISATIONS_SHOWN)).items();
    text.put("organisation", found.isEmpty() ? null : found.get(0).slug());
    if (found.isEmpty()) {
      problems.put("organisationQuery", CaseworkTexts.text("case.refer.noneFound"));
    }
  }

  /** The referral typed, or null with the problems noted. */
  ReferralOrder order(Map<String, String> problems) {
    CareNeed need = SignalFields.code(CareNeed.class, "careNeed", text.get("careNeed"), problems);
    LocalDate on = SignalFields.date("sentOn", text.get("sentOn"), problems);
    String organisation = text.get("organisation");
    if (organisation == null || organisation.isBlank()) {
      problems.put("organisation", CaseworkTexts.text("case.refer.chooseFirst"));
    }
    return problems.isEmpty() ? new ReferralOrder(organisation, need, on) : null;
  }

  void referred() {
    found = List.of();
    text.keySet().removeAll(List.of("organisation", "organisationQuery", "careNeed"));
  }

  /** The answer typed, or null with the problems noted. */
  Answer answer(Map<String, String> problems) {
    ReferralStatus status =
        SignalFields.code(
            ReferralStatus.class, "referralAnswer", answer.get("referralAnswer"), problems);
    LocalDate on = SignalFields.date("referralAnswerOn", answer.get("referralAnswerOn"), problems);
    Long id = null;
    try {
      id = Long.valueOf(answer.get("referralId"));
    } catch (NumberFormatException | NullPointerException e) {
      problems.put("referralId", CaseworkTexts.text("problem.required"));
    }
    if (status == null) {
      problems.putIfAbsent("referralAnswer", CaseworkTexts.text("problem.required"));
    }
    return problems.isEmpty() ? new Answer(id, status, on) : null;
  }

  void answered() {
    answer.remove("referralAnswer");
  }

  public Map<String, String> getText() {
    return text;
  }

  public Map<String, String> getAnswer() {
    return answer;
  }

  public List<OrganisationSummary> getFound() {
    return found;
  }
}
