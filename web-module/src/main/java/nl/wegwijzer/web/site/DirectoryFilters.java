package nl.wegwijzer.web.site;

import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.web.shared.Pager;

/**
 * The filters of the directory search at /organisaties as the URL carries them (each optional,
 * codes as typed): the form object of {@link OrganisationsBacking}. The directory checks them.
 */
public class DirectoryFilters {

  private String need;
  private String region;
  private String municipality;
  private String age;
  private String gender;
  private String nationality;
  private String form;
  private String language;
  private String sort;

  /** The query for these filters and the words typed. */
  DirectoryQuery query(String words) {
    return new DirectoryQuery(
        words, need, region, municipality, age, gender, nationality, form, language, sort);
  }

  /** Whether a place is chosen, so that the words are not read as one. */
  boolean placeChosen() {
    return !(blank(municipality) && blank(region));
  }

  /** The pager keeping the filters that were given, in the form's order. */
  Pager keptIn(Pager pager) {
    return pager
        .keeping("need", need)
        .keeping("municipality", municipality)
        .keeping("region", region)
        .keeping("age", age)
        .keeping("gender", gender)
        .keeping("nationality", nationality)
        .keeping("form", form)
        .keeping("language", language)
        .keeping("sort", sort);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getAge() {
    return age;
  }

  public void setAge(String age) {
    this.age = age;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
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

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }
}
