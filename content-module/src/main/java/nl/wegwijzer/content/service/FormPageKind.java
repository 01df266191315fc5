package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.ExploitationFormPage;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.repository.ExploitationFormPageRepository;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;

/** The pages on the forms of exploitation (/vormen/…), one per form, for the workflow. */
@ApplicationScoped
public class FormPageKind extends TextKind<ExploitationFormPage> {

  private final ExploitationFormPageRepository pages;

  protected FormPageKind() {
    this(null);
  }

  @Inject
  public FormPageKind(ExploitationFormPageRepository pages) {
    super(EditorialKind.FORM_PAGE, "exploitation_form_page", true, pages);
    this.pages = pages;
  }

  @Override
  protected List<FieldSpec> fieldsBeforeText() {
    return List.of(FieldSpec.choice("form", true, TextKinds.codes(ExploitationForm.class)));
  }

  @Override
  protected Map<String, String> ownValues(ExploitationFormPage p) {
    return Map.of("form", p.form().code());
  }

  /** Each form has one page. */
  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    boolean taken = pages.findByForm(form(fields)).filter(p -> !p.slug().equals(slug)).isPresent();
    return taken ? List.of(FieldProblem.of("form", "form-taken")) : List.of();
  }

  @Override
  protected ExploitationFormPage newItem(Fields fields, String slug) {
    return new ExploitationFormPage(
        slug, form(fields), fields.get("title"), fields.get("summary"), fields.get("body"));
  }

  @Override
  protected void applyOwn(Fields fields, ExploitationFormPage page) {
    page.explain(form(fields));
  }

  private static ExploitationForm form(Fields fields) {
    return Coded.parse(ExploitationForm.class, "form", fields.get("form"));
  }
}
