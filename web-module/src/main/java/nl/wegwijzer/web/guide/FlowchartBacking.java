package nl.wegwijzer.web.guide;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.content.service.RouteAnswer;
import nl.wegwijzer.content.service.RouteQuestions;
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

  private String age;
  private String nationality;
  private String form;
  private String report;
  private String paper;

  private RouteAnswer chart;

  public void load() {
    chart = routes.route(new RouteQuestions(age, nationality, form, report, null));
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

  public RouteAnswer getChart() {
    return chart;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public String getPaper() {
    return paper;
  }

  public void setPaper(String paper) {
    this.paper = paper;
  }
}
