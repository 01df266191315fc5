package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.Document;
import nl.wegwijzer.content.model.DocumentFile;
import nl.wegwijzer.content.model.PdfFile;
import nl.wegwijzer.content.repository.DocumentRepository;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/** Documents (PDF handbooks): listing and downloading the published ones, and storing new ones. */
@ApplicationScoped
@Transactional
public class DocumentService {

  private final DocumentRepository documents;

  @Inject ReadingLanguage reading;

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

  /**
   * Stores an editor's upload at once, so that a draft can name it and nothing is lost when the
   * rest of the form still has a problem. The bytes decide whether it is a PDF; a type the browser
   * claims that is not PDF is refused too. Refusals are a field problem of {@code file} with a code
   * the screen turns into a sentence (file-empty, file-too-large, file-not-pdf).
   */
  public UploadedFile upload(String fileName, String declaredType, byte[] content, String editor) {
    String problem = PdfFile.problem(content);
    if (problem == null
        && declaredType != null
        && !declaredType.isBlank()
        && !declaredType.strip().toLowerCase(Locale.ROOT).startsWith(PdfFile.MEDIA_TYPE)
        && !declaredType.strip().equals("application/octet-stream")) {
      problem = "file-not-pdf";
    }
    if (problem != null) {
      throw new InvalidFieldsException(List.of(FieldProblem.of("file", problem)), Map.of());
    }
    return UploadedFile.of(
        documents.addFile(new DocumentFile(new PdfFile(fileName, content), editor)));
  }

  /** An uploaded file's details, for the edit page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UploadedFile> uploaded(long fileId) {
    return documents.findFile(fileId).map(UploadedFile::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DocumentView> published() {
    Wording wording = Wording.of(reading);
    return documents.published().stream().map(d -> DocumentView.of(d, wording)).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DocumentView document(String slug) {
    return DocumentView.of(publishedDocument(slug), Wording.of(reading));
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
