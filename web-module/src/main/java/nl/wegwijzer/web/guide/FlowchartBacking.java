package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wegwijzer.content.service.RouteAnswer;
import nl.wegwijzer.content.service.RouteService;

/**
 * The flow chart ("stroomschema") at /stroomschema: the four phases, their steps and the
 * regulations with their conditions, drawn from the same rule data as the route (so it cannot drift
 * from the guide). The route's questions (leeftijd, nationaliteit, vorm, aangifte) filter it when
 * given; papier=a3 prints it on A3 instead of A4.
 */
@Named
@RequestScoped
public class FlowchartBacking {

  @Inject RouteService routes;

  private final ProfileAnswers profile = new ProfileAnswers();
  private String paper;

  private RouteAnswer chart;

  public void load() {
    chart = routes.route(profile.questions(null, null, List.of(), false));
  }

  /** Whether a profile filters the chart. */
  public boolean isFiltered() {
    return chart != null
        && (chart.profile().age() != null
            || chart.profile().nationality() != null
            || chart.profile().form() != null
            || chart.profile().report() != null);
  }

  /** The paper the chart is printed on: a4 (landscape) unless a3 is asked. */
  public String getPaperClass() {
    return "a3".equals(paper) ? "paper-a3" : "paper-a4";
  }

  public ProfileAnswers getProfile() {
    return profile;
  }

  public RouteAnswer getChart() {
    return chart;
  }

  public String getPaper() {
    return paper;
  }

  public void setPaper(String paper) {
    this.paper = paper;
  }
}
