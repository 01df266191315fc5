package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.wegwijzer.content.model.Document;
import nl.wegwijzer.content.model.PdfFile;
import nl.wegwijzer.content.repository.DocumentRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/** Documents (PDF handbooks): listing and downloading the published ones, and storing new ones. */
@ApplicationScoped
@Transactional
public class DocumentService {

  private final DocumentRepository documents;

  protected DocumentService() {
    this(null);
  }

  @Inject
  public DocumentService(DocumentRepository documents) {
    this.documents = documents;
  }

  /**
   * Stores a document as a draft; it is public once it is published. The file must be a PDF (by its
   * bytes) of at most 20 MB.
   */
  public String store(NewDocument upload) {
    PdfFile file = PdfFile.of(upload.fileName(), upload.declaredType(), upload.content());
    Document document = new Document(upload.slug(), upload.title(), upload.description(), file);
    if (documents.findBySlug(document.slug()).isPresent()) {
      throw new InvalidInputException("slug", "'" + upload.slug() + "' is already in use");
    }
    documents.add(document, file);
    return document.slug();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DocumentView> published() {
    return documents.published().stream().map(DocumentView::of).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DocumentView document(String slug) {
    return DocumentView.of(publishedDocument(slug));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DocumentDownload download(String slug) {
    Document document = publishedDocument(slug);
    byte[] content =
        documents.content(document).orElseThrow(() -> new NotFoundException("document", slug));
    return new DocumentDownload(document.fileName(), document.mediaType(), content);
  }

  private Document publishedDocument(String slug) {
    return documents
        .findBySlug(slug)
        .filter(Document::isPublished)
        .orElseThrow(() -> new NotFoundException("document", slug));
  }
}
