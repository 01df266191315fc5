package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import nl.wegwijzer.directory.model.Text;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A visitor's answer to "was this page useful?", kept for the editors. Deliberately without who,
 * where from or any query string: the guide's visitors include victims, and a tailored route's URL
 * holds their answers. Never changed after it is given, so it has no version.
 */
@Entity
@Table(name = "page_feedback", schema = "content")
@NamedQuery(
    name = "PageFeedback.forPage",
    query =
        "select f from PageFeedback f where f.page = :page order by f.createdAt desc, f.id desc")
public class PageFeedback {

  public static final int MAX_COMMENT_LENGTH = 1000;
  private static final Pattern PAGE = Pattern.compile("^/[a-z0-9/_-]{0,299}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String page;

  @Column(nullable = false)
  private boolean useful;

  @Column(length = MAX_COMMENT_LENGTH)
  private String comment;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected PageFeedback() {}

  /**
   * @param page the path of the page ('/beschermen/opvang'), without host or query string
   * @param comment optional, at most {@link #MAX_COMMENT_LENGTH} characters
   */
  public PageFeedback(String page, boolean useful, String comment) {
    String path = page == null ? "" : page.strip();
    if (!PAGE.matcher(path).matches()) {
      throw new InvalidInputException(
          "page", "give the path of a guide page, such as /beschermen/opvang, without query");
    }
    this.page = path;
    this.useful = useful;
    this.comment = Text.optional(comment, "comment", MAX_COMMENT_LENGTH);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String page() {
    return page;
  }

  public boolean useful() {
    return useful;
  }

  public String comment() {
    return comment;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
