package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Story;
import nl.wegwijzer.content.repository.StoryRepository;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;

/** Victims' stories, for the workflow. */
@ApplicationScoped
public class StoryKind extends TextKind<Story> {

  protected StoryKind() {
    this(null);
  }

  @Inject
  public StoryKind(StoryRepository stories) {
    super(EditorialKind.STORY, "story", true, stories);
  }

  @Override
  protected List<FieldSpec> fieldsBeforeText() {
    return List.of(
        FieldSpec.number("position"),
        FieldSpec.choice("form", false, TextKinds.codes(ExploitationForm.class)),
        FieldSpec.flag("example"));
  }

  @Override
  protected Map<String, String> ownValues(Story s) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("position", Integer.toString(s.position()));
    values.put("form", s.form() == null ? null : s.form().code());
    values.put("example", Boolean.toString(s.isExample()));
    return values;
  }

  @Override
  protected Story newItem(Fields fields, String slug) {
    return new Story(
        slug,
        fields.get("title"),
        fields.get("summary"),
        fields.get("body"),
        form(fields),
        EditableKind.flag(fields, "example"),
        EditableKind.number(fields, "position"));
  }

  @Override
  protected void applyOwn(Fields fields, Story story) {
    story.classify(
        form(fields),
        EditableKind.flag(fields, "example"),
        EditableKind.number(fields, "position"));
  }

  private static ExploitationForm form(Fields fields) {
    return fields.has("form")
        ? Coded.parse(ExploitationForm.class, "form", fields.get("form"))
        : null;
  }
}
