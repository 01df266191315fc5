package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.Audience;
import nl.wegwijzer.content.model.Document;
import nl.wegwijzer.content.model.DocumentFile;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.repository.DocumentRepository;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * Documents (PDF handbooks), for the workflow. A version names its file by the id of the upload
 * ({@code content.document_file}); publishing it copies that file's bytes to the live content, so a
 * replaced file stays off the public site until its version is approved.
 */
@ApplicationScoped
public class DocumentKind implements EditableKind<Document> {

  private final DocumentRepository documents;

  protected DocumentKind() {
    this(null);
  }

  @Inject
  public DocumentKind(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.DOCUMENT;
  }

  @Override
  public String table() {
    return "document";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.line("title", true, TextKinds.TITLE),
        FieldSpec.text("summary", true, TextKinds.SUMMARY),
        FieldSpec.choice("audience", true, TextKinds.codes(Audience.class)),
        FieldSpec.file("file"),
        FieldSpec.line("titleEn", false, TextKinds.TITLE),
        FieldSpec.text("summaryEn", false, TextKinds.SUMMARY));
  }

  @Override
  public Optional<Document> live(String slug) {
    return documents.findBySlug(slug);
  }

  @Override
  public Long idOf(Document live) {
    return live.id();
  }

  @Override
  public Fields snapshot(Document d) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", d.title());
    values.put("summary", d.description());
    values.put("titleEn", d.titleEn());
    values.put("summaryEn", d.descriptionEn());
    values.put("audience", d.audience().code());
    if (d.fileId() != null) {
      values.put("file", d.fileId().toString());
    }
    return new Fields(values);
  }

  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    return file(fields).isPresent() ? List.of() : List.of(FieldProblem.of("file", "file-missing"));
  }

  private Optional<DocumentFile> file(Fields fields) {
    String id = fields.optional("file");
    return id == null || !id.strip().matches("[0-9]{1,18}")
        ? Optional.empty()
        : documents.findFile(Long.parseLong(id.strip()));
  }

  @Override
  public Document apply(Fields fields, String slug, Optional<Document> live) {
    DocumentFile file =
        file(fields).orElseThrow(() -> new NotFoundException("file", fields.optional("file")));
    Document document;
    if (live.isPresent()) {
      document = live.get();
      document.describe(fields.get("title"), fields.get("summary"));
      if (!file.id().equals(document.fileId())) {
        document.takeFile(file);
        documents.replaceContent(document, file);
      }
    } else {
      document = new Document(slug, fields.get("title"), fields.get("summary"), file.pdf());
      document.takeFile(file);
      documents.add(document, file.pdf());
    }
    document.addressTo(Coded.parse(Audience.class, "audience", fields.get("audience")));
    document.describeInEnglish(fields.optional("titleEn"), fields.optional("summaryEn"));
    return document;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    String fileLine =
        file(fields)
            .map(f -> "<p>PDF: " + escape(f.fileName()) + " (" + f.sizeBytes() + " bytes)</p>")
            .orElse("");
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "documenten",
            fields.optional("title"),
            fields.optional("summary"),
            fileLine,
            false,
            null));
  }

  static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return PublicPaths.DOCUMENT.itemPath(slug);
  }
}
