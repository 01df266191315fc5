package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.Audience;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.InformationPage;
import nl.wegwijzer.content.repository.InformationPageRepository;
import nl.wegwijzer.directory.support.Coded;

/** Information pages per audience, for the workflow. */
@ApplicationScoped
public class InformationPageKind implements EditableKind<InformationPage> {

  private final InformationPageRepository pages;

  protected InformationPageKind() {
    this(null);
  }

  @Inject
  public InformationPageKind(InformationPageRepository pages) {
    this.pages = pages;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.INFORMATION_PAGE;
  }

  @Override
  public String table() {
    return "information_page";
  }

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.add(FieldSpec.choice("audience", true, TextKinds.codes(Audience.class)));
    fields.add(FieldSpec.number("position"));
    fields.addAll(TextKinds.dutch());
    fields.addAll(TextKinds.english());
    return fields;
  }

  @Override
  public Optional<InformationPage> live(String slug) {
    return pages.findBySlug(slug);
  }

  @Override
  public Long idOf(InformationPage live) {
    return live.id();
  }

  @Override
  public Fields snapshot(InformationPage p) {
    Map<String, String> more = new LinkedHashMap<>();
    more.put("audience", p.audience().code());
    more.put("position", Integer.toString(p.position()));
    return new Fields(
        TextKinds.texts(
            p.title(), p.summary(), p.body(), p.titleEn(), p.summaryEn(), p.bodyEn(), more));
  }

  @Override
  public InformationPage apply(Fields fields, String slug, Optional<InformationPage> live) {
    Audience audience = Coded.parse(Audience.class, "audience", fields.get("audience"));
    int position = EditableKind.number(fields, "position");
    InformationPage page =
        live.orElseGet(
            () ->
                pages.add(
                    new InformationPage(
                        slug,
                        audience,
                        position,
                        fields.get("title"),
                        fields.get("summary"),
                        fields.get("body"))));
    page.place(audience, position);
    page.rewrite(fields.get("title"), fields.get("summary"), fields.get("body"));
    page.translate(
        fields.optional("titleEn"), fields.optional("summaryEn"), fields.optional("bodyEn"));
    return page;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "informatie",
            fields.get("title"),
            fields.get("summary"),
            fields.get("body"),
            false,
            null));
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return "/informatie/" + slug;
  }
}
