package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.GeneratedDocument;
import nl.wegwijzer.content.model.GeneratedKind;

/** The PDFs made from the published content. */
@ApplicationScoped
public class GeneratedDocumentRepository {

  private final EntityManager em;

  protected GeneratedDocumentRepository() {
    this.em = null;
  }

  @Inject
  public GeneratedDocumentRepository(EntityManager em) {
    this.em = em;
  }

  public List<GeneratedDocument> all() {
    return em.createNamedQuery("GeneratedDocument.all", GeneratedDocument.class).getResultList();
  }

  public Optional<GeneratedDocument> find(GeneratedKind kind, String language) {
    return em.createNamedQuery("GeneratedDocument.of", GeneratedDocument.class)
        .setParameter("kind", kind)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  public GeneratedDocument add(GeneratedDocument document) {
    em.persist(document);
    return document;
  }
}
