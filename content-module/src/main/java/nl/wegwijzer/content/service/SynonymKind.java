package nl.wegwijzer.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.EditorialKind;
import nl.wegwijzer.content.model.Fields;
import nl.wegwijzer.directory.model.SearchSynonym;
import nl.wegwijzer.directory.model.SynonymCategory;
import nl.wegwijzer.directory.service.SearchSynonyms;
import nl.wegwijzer.directory.service.SynonymRegistration;
import nl.wegwijzer.directory.support.InvalidInputException;

/**
 * Search terms, for the workflow: a word people use ('loverboy', 'B9', 'KMar', 'shelter') and what
 * a search for it should also find. Publishing a version changes what the site search and the
 * directory search find from then on; the versions are the list's history.
 */
@ApplicationScoped
public class SynonymKind extends ReferenceDataKind<LiveSynonym> {

  private final SearchSynonyms registry;

  protected SynonymKind() {
    this(null);
  }

  @Inject
  public SynonymKind(SearchSynonyms registry) {
    super(EditorialKind.SYNONYM, "directory.search_synonym");
    this.registry = registry;
  }

  @Override
  public String titleField() {
    return "term";
  }

  @Override
  public List<FieldSpec> fields() {
    return List.of(
        FieldSpec.slug(),
        FieldSpec.line("term", true, SearchSynonym.MAX_TERM),
        FieldSpec.line("meanings", true, SearchSynonym.MAX_MEANINGS),
        FieldSpec.choice("category", true, TextKinds.codes(SynonymCategory.class)),
        FieldSpec.line("reference", false, SearchSynonym.MAX_REFERENCE));
  }

  @Override
  public Optional<LiveSynonym> live(String slug) {
    return registry.find(slug).map(s -> new LiveSynonym(s, registry));
  }

  @Override
  public Long idOf(LiveSynonym live) {
    return live.synonym().id();
  }

  @Override
  public Fields snapshot(LiveSynonym live) {
    SearchSynonym synonym = live.synonym();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("term", synonym.term());
    values.put("meanings", String.join(", ", synonym.meanings()));
    values.put("category", synonym.category().code());
    values.put("reference", synonym.reference());
    return new Fields(values);
  }

  /** The directory's rules: a meaning is not the term itself, a term is not a stop word. */
  @Override
  public List<FieldProblem> checkItem(Fields fields, String slug) {
    try {
      registry.check(registration(fields, slug));
      return List.of();
    } catch (InvalidInputException e) {
      return List.of(FieldProblem.of(e.field(), "synonym-" + e.field()));
    }
  }

  @Override
  public LiveSynonym apply(Fields fields, String slug, Optional<LiveSynonym> live) {
    SynonymRegistration registration = registration(fields, slug);
    if (live.isPresent()) {
      registry.rewrite(live.get().synonym(), registration);
      return live.get();
    }
    return new LiveSynonym(registry.create(registration), registry);
  }

  private static SynonymRegistration registration(Fields fields, String slug) {
    return new SynonymRegistration(
        slug,
        fields.optional("term"),
        fields.optional("meanings"),
        fields.optional("category"),
        fields.optional("reference"));
  }

  /** The site search for the term, which finds what its meanings find once it is published. */
  @Override
  public String publicPath(Fields fields, String slug) {
    String term = fields.optional("term");
    return super.publicPath(fields, slug)
        + (term == null ? "" : "?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
  }

  @Override
  protected List<String> summaryFields() {
    return List.of("meanings", "category", "reference");
  }
}
