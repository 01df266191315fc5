package nl.wegwijzer.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.wegwijzer.directory.model.Municipality;
import nl.wegwijzer.directory.model.PostcodeArea;

@ApplicationScoped
public class PostcodeAreaRepository {

  private final EntityManager em;

  protected PostcodeAreaRepository() {
    this.em = null;
  }

  @Inject
  public PostcodeAreaRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<PostcodeArea> findByPc4(String pc4) {
    return em.createNamedQuery("PostcodeArea.withMunicipality", PostcodeArea.class)
        .setParameter("pc4", pc4)
        .getResultStream()
        .findFirst();
  }

  /** Adds the area, or moves an existing one to another municipality. */
  public void put(String pc4, Municipality municipality) {
    em.createNativeQuery(
            "insert into directory.postcode_area (pc4, municipality_id) values (?1, ?2)"
                + " on conflict (pc4) do update set municipality_id = excluded.municipality_id")
        .setParameter(1, pc4)
        .setParameter(2, municipality.id())
        .executeUpdate();
  }

  public long count() {
    return ((Number)
            em.createNativeQuery("select count(*) from directory.postcode_area").getSingleResult())
        .longValue();
  }
}
