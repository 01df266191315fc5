package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Document;
import nl.wegwijzer.content.model.DocumentContent;
import nl.wegwijzer.content.model.PdfFile;

/** Documents: their metadata, and their bytes only when a download asks for them. */
@ApplicationScoped
public class DocumentRepository {

  private final EntityManager em;

  protected DocumentRepository() {
    this.em = null;
  }

  @Inject
  public DocumentRepository(EntityManager em) {
    this.em = em;
  }

  public List<Document> published() {
    return em.createNamedQuery("Document.published", Document.class).getResultList();
  }

  public Optional<Document> findBySlug(String slug) {
    return em.createNamedQuery("Document.bySlug", Document.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Stores a document with its file. */
  public Document add(Document document, PdfFile file) {
    em.persist(document);
    em.flush(); // the content row is keyed by the document's generated id
    em.persist(new DocumentContent(document, file));
    return document;
  }

  public Optional<byte[]> content(Document document) {
    return Optional.ofNullable(em.find(DocumentContent.class, document.id()))
        .map(DocumentContent::content);
  }
}
