package nl.wegwijzer.web.organisaties;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.directory.repository.OrganisationSort;
import nl.wegwijzer.directory.repository.OrganisationSummary;
import nl.wegwijzer.directory.service.DirectoryQuery;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.ScreenProblems;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The directory search at /organisaties: filters from the URL, results paged in SQL. */
@Named("organisationSearch")
@ViewScoped
public class OrganisationSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrganisationDirectory directory;

  private String text;
  private String need;
  private String region;
  private String municipality;
  private String age;
  private String gender;
  private String nationality;
  private String form;
  private String language;
  private String sort;

  private List<String> problems = List.of();
  private long total;
  private boolean totalCapped;
  private final LazyDataModel<OrganisationSummary> model = new Results();

  /** Checks the filters and counts the results; wrong filters become messages, not errors. */
  public void search() {
    try {
      var first = directory.search(query(), PageRequest.first(1));
      total = first.totalItems();
      totalCapped = first.totalCapped();
      problems = List.of();
    } catch (InvalidInputException e) {
      problems = List.of(ScreenProblems.describe(e));
      total = 0;
      totalCapped = false;
    }
  }

  private DirectoryQuery query() {
    return new DirectoryQuery(
        text, need, region, municipality, age, gender, nationality, form, language, sort);
  }

  /** The lazy table's rows: only the page on screen is read, counted and sorted in SQL. */
  private final class Results extends LazyDataModel<OrganisationSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) total;
    }

    @Override
    public List<OrganisationSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (!problems.isEmpty()) {
        return List.of();
      }
      var page = directory.search(query(), new PageRequest(first / pageSize + 1, pageSize));
      total = page.totalItems();
      totalCapped = page.totalCapped();
      setRowCount((int) total);
      return page.items();
    }

    @Override
    public String getRowKey(OrganisationSummary organisation) {
      return organisation.slug();
    }
  }

  public List<String> getLanguages() {
    return directory.languagesOffered();
  }

  public List<String> getSortOptions() {
    return java.util.Arrays.stream(OrganisationSort.values()).map(Coded::code).toList();
  }

  /** The sort in force: relevance when words were typed, otherwise by name. */
  public String getEffectiveSort() {
    try {
      return directory.filterOf(query()).sort().code();
    } catch (InvalidInputException e) {
      return OrganisationSort.NAME.code();
    }
  }

  public LazyDataModel<OrganisationSummary> getModel() {
    return model;
  }

  public List<String> getProblems() {
    return problems;
  }

  public long getTotal() {
    return total;
  }

  /** True when the count stopped at {@link #getTotal()}: there are more results. */
  public boolean isTotalCapped() {
    return totalCapped;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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
