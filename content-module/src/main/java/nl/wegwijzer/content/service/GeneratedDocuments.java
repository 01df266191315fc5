package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.wegwijzer.content.model.GeneratedDocument;
import nl.wegwijzer.content.model.GeneratedKind;
import nl.wegwijzer.content.model.PdfFile;
import nl.wegwijzer.content.repository.GeneratedDocumentRepository;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * The handbook and the indicator list as PDFs made from the published content, in Dutch and
 * English: which are there and from which content, storing a newly made one, and downloading.
 */
@ApplicationScoped
@Transactional
public class GeneratedDocuments {

  private final GeneratedDocumentRepository documents;

  protected GeneratedDocuments() {
    this(null);
  }

  @Inject
  public GeneratedDocuments(GeneratedDocumentRepository documents) {
    this.documents = documents;
  }

  /** The documents made so far, without their bytes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<GeneratedDocumentView> all() {
    return documents.all().stream().map(GeneratedDocumentView::of).toList();
  }

  /**
   * The oldest published-content generation any document was made from; -1 while one of them (a
   * kind in a language) has not been made yet.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long madeFrom() {
    List<GeneratedDocument> made = documents.all();
    if (made.size() < GeneratedKind.values().length * GeneratedDocument.LANGUAGES.size()) {
      return -1;
    }
    return made.stream().mapToLong(GeneratedDocument::contentGeneration).min().orElse(-1);
  }

  /**
   * Whether the kept PDF was rendered from HTML with this hash, so that the content of {@code
   * generation} needs no new one; if so, it is recorded as made from that generation.
   */
  public boolean keepIfUnchanged(
      GeneratedKind kind, String language, String sourceHash, long generation) {
    Optional<GeneratedDocument> kept =
        documents.find(kind, language).filter(d -> d.sourceHash().equals(sourceHash));
    kept.ifPresent(document -> document.stillCurrentAt(generation));
    return kept.isPresent();
  }

  /**
   * Keeps a newly made PDF of the content of {@code generation}, unless one from a newer generation
   * is kept already.
   *
   * @return whether it was kept
   */
  public boolean store(
      GeneratedKind kind,
      String language,
      byte[] pdf,
      String sourceHash,
      long generation,
      OffsetDateTime publishedAt) {
    GeneratedDocument document =
        documents
            .find(kind, language)
            .orElseGet(() -> documents.add(new GeneratedDocument(kind, language)));
    return document.replace(
        pdf, sourceHash, generation, publishedAt, OffsetDateTime.now(ZoneOffset.UTC));
  }

  /** A document by its file name (wegwijzer-handboek.pdf, wegwijzer-indicator-list.pdf, …). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DocumentDownload download(String fileName) {
    for (GeneratedKind kind : GeneratedKind.values()) {
      for (String language : GeneratedDocument.LANGUAGES) {
        if (kind.fileName(language).equals(fileName)) {
          return documents
              .find(kind, language)
              .map(d -> new DocumentDownload(d.fileName(), PdfFile.MEDIA_TYPE, d.content()))
              .orElseThrow(() -> new NotFoundException("document", fileName));
        }
      }
    }
    throw new NotFoundException("document", fileName);
  }
}
