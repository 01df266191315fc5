package nl.wegwijzer.web.coordinatie;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijzer.casework.knowledge.KnowledgeEntry;
import nl.wegwijzer.casework.knowledge.KnowledgeService;
import nl.wegwijzer.casework.knowledge.KnowledgeView;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.web.shared.FormDates;

/**
 * A knowledge transfer as typed on /coordinatie/kennisoverdracht ({@code
 * #{knowledgeBacking.form.topic}}): empty for a new one or filled from a listed one for its
 * correction, and read into the service's entry.
 */
public class KnowledgeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String kind;
  private String region;
  private String givenOn;
  private String audience;
  private String organisation;
  private String participants;
  private String topic;
  private List<String> forms = new ArrayList<>();

  /** An empty form given today, in the given region when the coordinator has only one. */
  void startNew(String onlyRegion) {
    kind = null;
    audience = null;
    organisation = null;
    participants = null;
    topic = null;
    forms = new ArrayList<>();
    region = onlyRegion;
    givenOn = LocalDate.now(KnowledgeService.ZONE).toString();
  }

  void fill(KnowledgeView shown) {
    kind = shown.kind();
    region = shown.regionCode();
    givenOn = shown.givenOn().toString();
    audience = shown.audience();
    organisation = shown.organisation();
    participants = String.valueOf(shown.participants());
    topic = shown.topic();
    forms = new ArrayList<>(shown.forms());
  }

  KnowledgeEntry entry() {
    return new KnowledgeEntry(
        kind,
        region,
        FormDates.parse(givenOn, "givenOn"),
        audience,
        organisation,
        number(participants),
        topic,
        forms);
  }

  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("participants", "not a whole number");
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(String givenOn) {
    this.givenOn = givenOn;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public List<String> getForms() {
    return forms;
  }

  public void setForms(List<String> forms) {
    this.forms = forms == null ? new ArrayList<>() : new ArrayList<>(forms);
  }
}
