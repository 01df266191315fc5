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
import nl.wegwijzer.directory.service.NearestInRegion;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The case page's referral section: finding the organisation with the directory's own search (care
 * need, municipality or region, form, age group, language; nearest first from the municipality
 * given, or for a region from the case's place), referring to it with recorded consent or as an
 * anonymous consultation, and recording its answer or end. What is typed stays, by field name
 * ({@code #{caseReferralsBacking.form.text.careNeed}}), until the service accepts it.
 */
public class ReferralForm implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int ORGANISATIONS_SHOWN = 20;

  /** An organisation found: {@code nearness} 'municipality', 'region' or 'national', or null. */
  public record Candidate(String slug, String name, String nearness) implements Serializable {}

  private final Map<String, String> text = new LinkedHashMap<>();
  private final Map<String, String> answer = new LinkedHashMap<>();
  private List<Candidate> found = List.of();
  private String measuredFrom;

  /** The answer to record: which referral, and what. */
  record Answer(long referralId, ReferralAnswer answer) {}

  ReferralForm(String today, String region) {
    text.put("sentOn", today);
    text.put("personalData", "false");
    text.put("region", region);
    answer.put("referralAnswerOn", today);
  }

  /**
   * The organisations that fit, the first chosen: nearest first from the municipality given; else,
   * with a region, that region's nearest first from {@code casePlace} (the case's municipality, a
   * CBS code or null), or its central municipality when that is not in the region, saying which.
   */
  void search(OrganisationDirectory directory, String casePlace, Map<String, String> problems) {
    String need = text.get("careNeed");
    if (blank(need)) {
      problems.put("careNeed", CaseworkTexts.text("problem.required"));
      return;
    }
    String place = text.get("place");
    measuredFrom = null;
    if (blank(place) && !blank(text.get("region"))) {
      NearestInRegion nearest =
          directory.nearestInRegion(help(need, casePlace), text.get("region"), ORGANISATIONS_SHOWN);
      found = candidates(nearest.help());
      measuredFrom =
          CaseworkTexts.text(
              nearest.central() ? "case.refer.from.central" : "case.refer.from.case",
              nearest.from().name());
    } else if (!blank(place)) {
      found = candidates(directory.nearby(help(need, place), ORGANISATIONS_SHOWN));
    } else {
      found =
          directory
              .search(
                  new DirectoryQuery(
                      null,
                      need,
                      null,
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

  /** The directory's question for the need and the filters typed, from {@code place}. */
  private HelpQuery help(String need, String place) {
    return new HelpQuery(
        List.of(need),
        place,
        text.get("age"),
        null,
        null,
        listOf(text.get("form")),
        listOf(text.get("language")),
        false);
  }

  private static List<Candidate> candidates(List<NearbyHelp> help) {
    return help.stream()
        .flatMap(h -> h.first().stream())
        .map(o -> new Candidate(o.slug(), o.name(), o.nearness()))
        .toList();
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

  /** Which place the organisations found are nearest to, in words; null when not by region. */
  public String getMeasuredFrom() {
    return measuredFrom;
  }
}
