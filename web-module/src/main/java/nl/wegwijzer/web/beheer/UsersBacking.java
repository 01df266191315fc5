package nl.wegwijzer.web.beheer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.security.UserAdminException;
import nl.wegwijzer.web.security.UserAdministration;
import nl.wegwijzer.web.security.UserAdministration.UserRow;
import nl.wegwijzer.web.shared.Pager;

/**
 * /beheer/gebruikers: the users with their roles, regions, state and last login, searched and paged
 * by Keycloak.
 */
@Named
@RequestScoped
public class UsersBacking {

  static final int PAGE_SIZE = 20;

  @Inject UserAdministration users;

  private String text;
  private int pageNumber = 1;
  private Page<UserRow> page = new Page<>(java.util.List.of(), 1, PAGE_SIZE, 0);
  private String problem;

  public void load() {
    try {
      page = users.users(text, new PageRequest(Math.max(1, pageNumber), PAGE_SIZE));
    } catch (UserAdminException | InvalidInputException e) {
      problem = BeheerProblems.describe(e);
    }
  }

  /** The pager's links keep the search. */
  public Pager getPager() {
    return Pager.of(page, "/beheer/gebruikers").keeping("q", text == null ? null : text.strip());
  }

  /** Region codes as the list shows them. */
  public String listed(java.util.List<String> codes) {
    return String.join(", ", codes);
  }

  public String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  public Page<UserRow> getPage() {
    return page;
  }

  public String getProblem() {
    return problem;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public void setPageNumber(int pageNumber) {
    this.pageNumber = pageNumber;
  }
}
