package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.directory.model.AgeGroup;
import nl.wegwijzer.directory.model.CareNeed;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.model.Gender;
import nl.wegwijzer.directory.model.NationalityGroup;
import nl.wegwijzer.directory.support.Coded;

/** The codes of the directory's taxonomies, for filters and labels on screens. */
@Named
@ApplicationScoped
public class Codes {

  public List<String> getCareNeeds() {
    return codes(CareNeed.values());
  }

  public List<String> getAgeGroups() {
    return codes(AgeGroup.values());
  }

  public List<String> getGenders() {
    return codes(Gender.values());
  }

  public List<String> getNationalityGroups() {
    return codes(NationalityGroup.values());
  }

  public List<String> getForms() {
    return codes(ExploitationForm.values());
  }

  public List<String> getReportAnswers() {
    return codes(nl.wegwijzer.content.model.PoliceReport.values());
  }

  private static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }
}
