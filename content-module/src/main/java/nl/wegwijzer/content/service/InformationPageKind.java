package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.Audience;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.InformationPage;
import nl.wegwijzer.content.repository.InformationPageRepository;
import nl.wegwijzer.directory.support.Coded;

/** Information pages per audience, for the workflow. */
@ApplicationScoped
public class InformationPageKind extends TextKind<InformationPage> {

  protected InformationPageKind() {
    this(null);
  }

  @Inject
  public InformationPageKind(InformationPageRepository pages) {
    super(EditorialKind.INFORMATION_PAGE, "information_page", true, pages);
  }

  @Override
  protected List<FieldSpec> fieldsBeforeText() {
    return List.of(
        FieldSpec.choice("audience", true, TextKinds.codes(Audience.class)),
        FieldSpec.number("position"));
  }

  @Override
  protected Map<String, String> ownValues(InformationPage p) {
    return Map.of("audience", p.audience().code(), "position", Integer.toString(p.position()));
  }

  @Override
  protected InformationPage newItem(Fields fields, String slug) {
    return new InformationPage(
        slug,
        audience(fields),
        EditableKind.number(fields, "position"),
        fields.get("title"),
        fields.get("summary"),
        fields.get("body"));
  }

  @Override
  protected void applyOwn(Fields fields, InformationPage page) {
    page.place(audience(fields), EditableKind.number(fields, "position"));
  }

  private static Audience audience(Fields fields) {
    return Coded.parse(Audience.class, "audience", fields.get("audience"));
  }
}
