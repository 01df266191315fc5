package nl.wegwijzer.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.directory.model.AgeRange;
import nl.wegwijzer.directory.service.CoordinatorAnswer;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.web.shared.FieldMessages;
import nl.wegwijzer.web.shared.Labels;

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
