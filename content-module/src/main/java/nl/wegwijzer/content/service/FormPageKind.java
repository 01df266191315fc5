package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.ExploitationFormPage;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.repository.ExploitationFormPageRepository;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;

/** The pages on the forms of exploitation (/vormen/…), one per form, for the workflow. */
@ApplicationScoped
public class FormPageKind implements EditableKind<ExploitationFormPage> {

  private final ExploitationFormPageRepository pages;

  protected FormPageKind() {
    this(null);
  }

  @Inject
  public FormPageKind(ExploitationFormPageRepository pages) {
    this.pages = pages;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.FORM_PAGE;
  }

  @Override
  public String table() {
    return "exploitation_form_page";
  }

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.add(FieldSpec.choice("form", true, TextKinds.codes(ExploitationForm.class)));
    fields.addAll(TextKinds.dutch());
    fields.addAll(TextKinds.english());
    return fields;
  }

  @Override
  public Optional<ExploitationFormPage> live(String slug) {
    return pages.findBySlug(slug);
  }

  @Override
  public Long idOf(ExploitationFormPage live) {
    return live.id();
  }

  @Override
  public Fields snapshot(ExploitationFormPage p) {
    Map<String, String> more = new LinkedHashMap<>();
    more.put("form", p.form().code());
    return new Fields(
        TextKinds.texts(
            p.title(), p.summary(), p.body(), p.titleEn(), p.summaryEn(), p.bodyEn(), more));
  }

  /** Each form has one page. */
  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    ExploitationForm form = Coded.parse(ExploitationForm.class, "form", fields.get("form"));
    boolean taken = pages.findByForm(form).filter(p -> !p.slug().equals(slug)).isPresent();
    return taken ? List.of(FieldProblem.of("form", "form-taken")) : List.of();
  }

  @Override
  public ExploitationFormPage apply(
      Fields fields, String slug, Optional<ExploitationFormPage> live) {
    ExploitationForm form = Coded.parse(ExploitationForm.class, "form", fields.get("form"));
    ExploitationFormPage page =
        live.orElseGet(
            () ->
                pages.add(
                    new ExploitationFormPage(
                        slug,
                        form,
                        fields.get("title"),
                        fields.get("summary"),
                        fields.get("body"))));
    page.explain(form);
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
            "vormen", fields.get("title"), fields.get("summary"), fields.get("body"), false, null));
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return "/vormen/" + slug;
  }
}
