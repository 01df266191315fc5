package nl.wegwijzer.directory.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A care-coordination region; every municipality belongs to exactly one. */
@Entity
// Reference data that nearly every public page reads: in EclipseLink's shared cache, which a
// cluster coordinates between its nodes (docs/operations.md, "The local cluster"); written only
// through JPA.
@Cacheable
@Table(name = "region", schema = "directory")
@NamedQuery(name = "Region.all", query = "select r from Region r order by r.name")
@NamedQuery(name = "Region.byCode", query = "select r from Region r where r.code = :code")
public class Region {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Version private long version;

  protected Region() {}

  public Region(String code, String name) {
    this.code = Slugs.requireSlug(code, "code");
    this.name = Text.required(name, "name", 120);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public void rename(String newName) {
    this.name = Text.required(newName, "name", 120);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Region region && Objects.equals(code, region.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
