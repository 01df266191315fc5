package nl.wegwijzer.web.guide;

import java.util.List;
import nl.wegwijzer.content.service.RouteQuestions;

/**
 * The route's first questions as the URL carries them (leeftijd, nationaliteit, vorm, aangifte):
 * the route and the flow chart ask the same ones.
 */
public class ProfileAnswers {

  private String age;
  private String nationality;
  private String form;
  private String report;

  /** Whether at least one of these questions is answered. */
  public boolean isGiven() {
    return filled(age) || filled(nationality) || filled(form) || filled(report);
  }

  /** These answers with the route's further ones (each optional). */
  RouteQuestions questions(
      String municipality, String gender, List<String> languages, boolean tonight) {
    return new RouteQuestions(
        age, nationality, form, report, municipality, gender, languages, tonight);
  }

  static boolean filled(String value) {
    return value != null && !value.isBlank();
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
}
