package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.FaqEntry;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.content.model.PublicPaths;
import nl.wegwijzer.content.repository.FaqRepository;

/** Questions and answers, for the workflow. */
@ApplicationScoped
public class FaqKind extends ItemKind<FaqEntry> {

  protected FaqKind() {
    this(null);
  }

  @Inject
  public FaqKind(FaqRepository faq) {
    super(EditorialKind.FAQ, "faq_entry", faq);
  }

  @Override
  public String titleField() {
    return "question";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.number("position"),
        FieldSpec.line("question", true, 300),
        FieldSpec.rich("answer", true),
        FieldSpec.line("questionEn", false, 300),
        FieldSpec.rich("answerEn", false));
  }

  @Override
  public Fields snapshot(FaqEntry f) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("position", Integer.toString(f.position()));
    values.put("question", f.question());
    values.put("answer", f.answer());
    values.put("questionEn", f.questionEn());
    values.put("answerEn", f.answerEn());
    return new Fields(values);
  }

  @Override
  public FaqEntry apply(Fields fields, String slug, Optional<FaqEntry> live) {
    int position = EditableKind.number(fields, "position");
    FaqEntry entry =
        live.orElseGet(
            () -> add(new FaqEntry(slug, position, fields.get("question"), fields.get("answer"))));
    entry.moveTo(position);
    entry.rewrite(fields.get("question"), fields.get("answer"));
    entry.translate(fields.optional("questionEn"), fields.optional("answerEn"));
    return entry;
  }

  @Override
  public RevisionPreview preview(Fields fields, String slug) {
    return new RevisionPreview(
        publicPath(fields, slug),
        null,
        new RevisionPreview.ArticlePreview(
            PublicPaths.FAQ.section(),
            fields.get("question"),
            "",
            fields.get("answer"),
            false,
            null));
  }
}
