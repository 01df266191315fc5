package nl.wegwijzer.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * A word people search with and the words the guide and the directory use for it: a search that
 * contains the term also finds what its meanings find. Editors keep the list through the workflow;
 * only published terms count.
 */
@Entity
@Table(name = "search_synonym", schema = "directory")
@NamedQuery(
    name = "SearchSynonym.bySlug",
    query = "select s from SearchSynonym s where s.slug = :slug")
@NamedQuery(
    name = "SearchSynonym.published",
    query =
        "select s from SearchSynonym s where s.state = nl.wegwijzer.directory.model.ProfileState"
            + ".PUBLISHED order by s.slug")
public class SearchSynonym {

  public static final int MAX_TERM = 100;
  public static final int MAX_MEANINGS = 500;
  public static final int MAX_REFERENCE = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Column(nullable = false, length = MAX_TERM)
  private String term;

  @Column(nullable = false, length = MAX_MEANINGS)
  private String meanings;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SynonymCategory category;

  @Column(length = MAX_REFERENCE)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProfileState state = ProfileState.DRAFT;

  @Version private long version;

  protected SearchSynonym() {}

  /** A new term, not counted by searches until it is published. */
  public SearchSynonym(
      String slug, String term, String meanings, SynonymCategory category, String reference) {
    this.slug = Slugs.requireSlug(slug, "slug");
    rewrite(term, meanings, category, reference);
  }

  /**
   * Sets what the term means. A meaning that is the term itself is refused: it would find nothing
   * new, and is a slip of the editor.
   */
  public void rewrite(
      String newTerm, String newMeanings, SynonymCategory newCategory, String newReference) {
    String checkedTerm = Text.required(newTerm, "term", MAX_TERM);
    String checkedMeanings = Text.required(newMeanings, "meanings", MAX_MEANINGS);
    List<String> list = meaningsOf(checkedMeanings);
    if (list.isEmpty()) {
      throw new InvalidInputException("meanings", "name at least one word");
    }
    if (list.stream().anyMatch(m -> m.equalsIgnoreCase(checkedTerm))) {
      throw new InvalidInputException("meanings", "a meaning is the term itself");
    }
    if (newCategory == null) {
      throw new InvalidInputException("category", "is required");
    }
    this.term = checkedTerm;
    this.meanings = String.join(", ", list);
    this.category = newCategory;
    this.reference = Text.optional(newReference, "reference", MAX_REFERENCE);
  }

  /** The meanings, one alternative each, in the editor's order. */
  public List<String> meanings() {
    return meaningsOf(meanings);
  }

  private static List<String> meaningsOf(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
  }

  public void publish() {
    state = ProfileState.PUBLISHED;
  }

  public void archive() {
    state = ProfileState.ARCHIVED;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String term() {
    return term;
  }

  public SynonymCategory category() {
    return category;
  }

  public String reference() {
    return reference;
  }

  public ProfileState state() {
    return state;
  }

  public boolean isPublished() {
    return state == ProfileState.PUBLISHED;
  }

  public long version() {
    return version;
  }
}
