package nl.wegwijzer.casework.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/** A region's partners, searched and paged in SQL. */
@ApplicationScoped
public class PartnerRepository {

  private final EntityManager em;

  protected PartnerRepository() {
    this.em = null;
  }

  @Inject
  public PartnerRepository(EntityManager em) {
    this.em = em;
  }

  public Partner add(Partner partner) {
    em.persist(partner);
    em.flush();
    return partner;
  }

  public Partner getById(long id) {
    Partner partner = em.find(Partner.class, id);
    if (partner == null) {
      throw new NotFoundException("partner", String.valueOf(id));
    }
    return partner;
  }

  public void remove(Partner partner) {
    em.remove(partner);
    em.flush();
  }

  /** Writes a change now, so that a concurrent change fails here with its version check. */
  public void flush() {
    em.flush();
  }

  /**
   * The region's partners whose organisation, contact person or role contains the text (all when it
   * is blank), by organisation name.
   */
  public Page<Partner> inRegion(String regionCode, String text, PageRequest page) {
    String pattern = pattern(text);
    long total =
        em.createNamedQuery("Partner.countInRegion", Long.class)
            .setParameter("region", regionCode)
            .setParameter("text", pattern)
            .getSingleResult();
    List<Partner> items =
        total == 0
            ? List.of()
            : em.createNamedQuery("Partner.inRegion", Partner.class)
                .setParameter("region", regionCode)
                .setParameter("text", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** A like pattern for the text, its wildcards taken literally; empty for no filter. */
  static String pattern(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
