package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijzer.directory.model.AgeRange;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.Labels;
import nl.wegwijzer.web.shared.PlaceLists;
import nl.wegwijzer.web.shared.Refused;

/**
 * "Find the care coordinator" at /zorgcoordinator?plaats=…&amp;leeftijd=…: the question and answer
 * live in the URL, so an answer can be bookmarked or shared.
 */
@Named
@RequestScoped
public class CoordinatorBacking {

  @Inject CoordinatorFinder finder;

  private String place;
  private String age;
  private CoordinatorAnswer answer;
  private String problem;
  private List<String> offered = List.of();

  public void find() {
    if (place == null || place.isBlank()) {
      if (age != null && !age.isBlank()) {
        problem = Labels.text("coordinator.required");
      }
      return;
    }
    Integer years = null;
    if (age != null && !age.isBlank()) {
      try {
        years = Integer.valueOf(age.strip());
      } catch (NumberFormatException e) {
        years = -1;
      }
      if (years < 0 || years > AgeRange.OLDEST_AGE) {
        problem = Labels.text("coordinator.badAge");
        years = null;
      }
    }
    answer = finder.find(place, years);
  }

  /** A place the finder did not know: the names it offers instead (FailureHandler words it). */
  void refused(@Observes(notifyObserver = Reception.IF_EXISTS) Refused refused) {
    offered = PlaceLists.offeredFor(refused.refusal());
  }

  public List<String> getOffered() {
    return offered;
  }

  /** The same question for an offered name. */
  public String placeLink(String name) {
    return "/zorgcoordinator?plaats="
        + URLEncoder.encode(name, StandardCharsets.UTF_8)
        + (age == null || age.isBlank()
            ? ""
            : "&leeftijd=" + URLEncoder.encode(age.strip(), StandardCharsets.UTF_8));
  }

  public CoordinatorAnswer getAnswer() {
    return answer;
  }

  public String getProblem() {
    return problem != null ? problem : FieldMessages.first();
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }
}
