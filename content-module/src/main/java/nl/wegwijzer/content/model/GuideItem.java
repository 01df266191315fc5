package nl.wegwijzer.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import nl.wegwijzer.directory.model.Slugs;

/**
 * An item of the guide with a page or an entry of its own: a generated id and the slug that names
 * it in its address. The slug never changes, so two items are the same when their slugs are.
 */
@MappedSuperclass
public abstract class GuideItem extends Publishable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  protected GuideItem() {}

  protected GuideItem(String slug) {
    this.slug = Slugs.requireSlug(slug, "slug");
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GuideItem item
        && other.getClass() == getClass()
        && Objects.equals(slug, item.slug);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(slug);
  }
}
