package nl.wegwijzer.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.Document;
import nl.wegwijzer.content.model.DocumentContent;
import nl.wegwijzer.content.model.DocumentFile;
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

  /** Stores an uploaded file (checked already), so a draft can name it. */
  public DocumentFile addFile(DocumentFile file) {
    em.persist(file);
    em.flush();
    return file;
  }

  public Optional<DocumentFile> findFile(long id) {
    return Optional.ofNullable(em.find(DocumentFile.class, id));
  }

  /** Makes a file the live content of a stored document. */
  public void replaceContent(Document document, DocumentFile file) {
    DocumentContent content = em.find(DocumentContent.class, document.id());
    if (content == null) {
      em.persist(new DocumentContent(document, file.pdf()));
    } else {
      content.replace(file.pdf());
    }
  }

  public Optional<byte[]> content(Document document) {
    return Optional.ofNullable(em.find(DocumentContent.class, document.id()))
        .map(DocumentContent::content);
  }
}
