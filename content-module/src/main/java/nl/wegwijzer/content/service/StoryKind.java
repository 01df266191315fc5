package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.Story;
import nl.wegwijzer.content.repository.StoryRepository;
import nl.wegwijzer.directory.model.ExploitationForm;
import nl.wegwijzer.directory.support.Coded;

/** Victims' stories, for the workflow. */
@ApplicationScoped
public class StoryKind implements EditableKind<Story> {

  private final StoryRepository stories;

  protected StoryKind() {
    this(null);
  }

  @Inject
  public StoryKind(StoryRepository stories) {
    this.stories = stories;
  }

  @Override
  public EditorialKind kind() {
    return EditorialKind.STORY;
  }

  @Override
  public String table() {
    return "story";
  }

  @Override
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.slug());
    fields.add(FieldSpec.number("position"));
    fields.add(FieldSpec.choice("form", false, TextKinds.codes(ExploitationForm.class)));
    fields.add(FieldSpec.flag("example"));
    fields.addAll(TextKinds.dutch());
    fields.addAll(TextKinds.english());
    return fields;
  }

  @Override
  public Optional<Story> live(String slug) {
    return stories.findBySlug(slug);
  }

  @Override
  public Long idOf(Story live) {
    return live.id();
  }

  @Override
  public Fields snapshot(Story s) {
    Map<String, String> more = new LinkedHashMap<>();
    more.put("position", Integer.toString(s.position()));
    more.put("form", s.form() == null ? null : s.form().code());
    more.put("example", Boolean.toString(s.isExample()));
    return new Fields(
        TextKinds.texts(
            s.title(), s.summary(), s.body(), s.titleEn(), s.summaryEn(), s.bodyEn(), more));
  }

  @Override
  public Story apply(Fields fields, String slug, Optional<Story> live) {
    ExploitationForm form =
        fields.has("form") ? Coded.parse(ExploitationForm.class, "form", fields.get("form")) : null;
    boolean example = EditableKind.flag(fields, "example");
    int position = EditableKind.number(fields, "position");
    Story story =
        live.orElseGet(
            () ->
                stories.add(
                    new Story(
                        slug,
                        fields.get("title"),
                        fields.get("summary"),
                        fields.get("body"),
                        form,
                        example,
                        position)));
    story.classify(form, example, position);
    story.rewrite(fields.get("title"), fields.get("summary"), fields.get("body"));
    story.translate(
        fields.optional("titleEn"), fields.optional("summaryEn"), fields.optional("bodyEn"));
    return story;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            "verhalen",
            fields.get("title"),
            fields.get("summary"),
            fields.get("body"),
            EditableKind.flag(fields, "example"),
            null));
  }

  @Override
  public String publicPath(Fields fields, String slug) {
    return "/verhalen/" + slug;
  }
}
