package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.model.ConsentSigner;
import nl.wegwijzer.casework.model.DeclineReason;
import nl.wegwijzer.casework.model.ReferralOutcome;
import nl.wegwijzer.casework.model.ReferralStatus;
import nl.wegwijzer.casework.service.ReferralAnswer;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.NearbyHelp;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.HelpQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The case page's referral section: finding the organisation with the directory's own search (care
 * need, municipality or region, form, age group, language; nearest first when a municipality is
 * given), referring to it with recorded consent or as an anonymous consultation, and recording its
 * answer or end. What is typed stays, by field name ({@code
 * #{caseReferralsBacking.form.text.careNeed}}), until the service accepts it.
 */
public class ReferralForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int ORGANISATIONS_SHOWN = 20;

  /** An organisation found: {@code nearness} 'municipality', 'region' or 'national', or null. */
  public record Candidate(String slug, String name, String nearness) implements Serializable {}

  private final Map<String, String> text = new LinkedHashMap<>();
  private final Map<String, String> answer = new LinkedHashMap<>();
  private List<Candidate> found = List.of();

  /** The answer to record: which referral, and what. */
  record Answer(long referralId, ReferralAnswer answer) {}

  ReferralForm(String today, String region) {
    text.put("sentOn", today);
    text.put("personalData", "false");
    text.put("region", region);
    answer.put("referralAnswerOn", today);
  }

  /** The organisations that fit, nearest first where a municipality is given; the first chosen. */
  void search(OrganisationDirectory directory, Map<String, String> problems) {
    String need = text.get("careNeed");
    if (blank(need)) {
      problems.put("careNeed", CaseworkTexts.text("problem.required"));
      return;
    }
    String place = text.get("place");
    if (!blank(place)) {
      List<NearbyHelp> help =
          directory.nearby(
              new HelpQuery(
                  List.of(need),
                  place,
                  text.get("age"),
                  null,
                  null,
                  listOf(text.get("form")),
                  listOf(text.get("language")),
                  false),
              ORGANISATIONS_SHOWN);
      found =
          help.stream()
              .flatMap(h -> h.first().stream())
              .map(o -> new Candidate(o.slug(), o.name(), o.nearness()))
              .toList();
    } else {
      found =
          directory
              .search(
                  new DirectoryQuery(
                      null,
                      need,
                      text.get("region"),
                      null,
                      text.get("age"),
                      null,
                      null,
                      text.get("form"),
                      text.get("language"),
                      null),
                  new PageRequest(1, ORGANISATIONS_SHOWN))
              .items()
              .stream()
              .map(o -> new Candidate(o.slug(), o.name(), null))
              .toList();
    }
    text.put("organisation", found.isEmpty() ? null : found.get(0).slug());
    if (found.isEmpty()) {
      problems.put("place", CaseworkTexts.text("case.refer.noneFound"));
    }
  }

  /** The referral typed, or null with the problems noted. */
  ReferralOrder order(Map<String, String> problems) {
    CareNeed need = SignalFields.code(CareNeed.class, "careNeed", text.get("careNeed"), problems);
    LocalDate on = SignalFields.date("sentOn", text.get("sentOn"), problems);
    boolean personalData = "true".equals(text.get("personalData"));
    ConsentSigner signer =
        personalData
            ? SignalFields.code(
                ConsentSigner.class, "consentSignedBy", text.get("consentSignedBy"), problems)
            : null;
    LocalDate consentOn =
        personalData ? SignalFields.date("consentOn", text.get("consentOn"), problems) : null;
    String organisation = text.get("organisation");
    if (blank(organisation)) {
      problems.put("organisation", CaseworkTexts.text("case.refer.chooseFirst"));
    }
    return problems.isEmpty()
        ? new ReferralOrder(organisation, need, on, personalData, signer, consentOn)
        : null;
  }

  void referred() {
    found = List.of();
    text.keySet().removeAll(List.of("organisation", "consentSignedBy", "consentOn"));
    text.put("personalData", "false");
  }

  /** The answer typed, or null with the problems noted. */
  Answer answer(Map<String, String> problems) {
    ReferralStatus status =
        SignalFields.code(
            ReferralStatus.class, "referralAnswer", answer.get("referralAnswer"), problems);
    LocalDate on = SignalFields.date("referralAnswerOn", answer.get("referralAnswerOn"), problems);
    DeclineReason reason =
        SignalFields.code(
            DeclineReason.class, "declineReason", answer.get("declineReason"), problems);
    ReferralOutcome outcome =
        SignalFields.code(ReferralOutcome.class, "outcome", answer.get("outcome"), problems);
    Long id = null;
    try {
      id = Long.valueOf(answer.get("referralId"));
    } catch (NumberFormatException | NullPointerException e) {
      problems.put("referralId", CaseworkTexts.text("problem.required"));
    }
    if (status == null) {
      problems.putIfAbsent("referralAnswer", CaseworkTexts.text("problem.required"));
    }
    return problems.isEmpty()
        ? new Answer(id, new ReferralAnswer(status, reason, outcome, answer.get("explanation"), on))
        : null;
  }

  void answered() {
    answer.keySet().removeAll(List.of("referralAnswer", "declineReason", "outcome", "explanation"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static List<String> listOf(String value) {
    return blank(value) ? List.of() : List.of(value);
  }

  public Map<String, String> getText() {
    return text;
  }

  public Map<String, String> getAnswer() {
    return answer;
  }

  public List<Candidate> getFound() {
    return found;
  }
}
