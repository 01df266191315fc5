package nl.wegwijzer.web.documents;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wegwijzer.content.model.GeneratedKind;
import nl.wegwijzer.content.service.GeneratedDocuments;
import nl.wegwijzer.content.service.GuideService;
import nl.wegwijzer.content.service.InformationService;
import nl.wegwijzer.content.service.ReadingLanguage;
import nl.wegwijzer.directory.service.AuditTrail;
import nl.wegwijzer.directory.service.CoordinationEditing;
import nl.wegwijzer.directory.service.CoordinatorFinder;
import nl.wegwijzer.directory.service.CoordinatorView;
import nl.wegwijzer.directory.support.PublishedContent;
import nl.wegwijzer.web.http.PageCache;
import nl.wegwijzer.web.shared.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Document;

/**
 * Makes the handbook and the indicator list anew, in Dutch and English, when the published content
 * has changed: every five seconds it compares the shared published-content counter with the one the
 * stored PDFs were made from. A document that reads the same (the change was elsewhere, such as an
 * organisation's profile) is not rendered again and keeps its date. On a cluster every node
 * watches; a node that finds them made by another one only empties its page cache, so the documents
 * page shows the new size and date. A node with {@code wegwijzer.documents.generate=false} does
 * neither: the test deployments that do not read the documents, since rendering is the costliest
 * work of a start.
 */
@Singleton
// Not before the demo data is in: rendering competes with the start-up for the processor.
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GeneratedDocumentsJob {

  private static final Logger LOG = Logger.getLogger(GeneratedDocumentsJob.class.getName());

  @Inject PublishedContent publishedContent;
  @Inject GeneratedDocuments documents;
  @Inject GuideService guide;
  @Inject InformationService information;
  @Inject CoordinationEditing coordination;
  @Inject CoordinatorFinder coordinators;
  @Inject ReadingLanguage reading;
  @Inject PageCache cache;

  @Inject
  @ConfigProperty(name = "wegwijzer.documents.generate", defaultValue = "true")
  boolean generate;

  private long seen = Long.MIN_VALUE;
  private boolean failing;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "documents")
  public void poll() {
    if (!generate) {
      return;
    }
    try {
      PublishedContent.Generation current = publishedContent.current();
      long made = documents.madeFrom();
      if (made < current.number()) {
        make(current);
        made = documents.madeFrom();
      }
      if (made != seen) {
        seen = made;
        cache.clear("documents made from published content generation " + made);
      }
      failing = false;
    } catch (RuntimeException e) {
      // The database is away, or another node stored the same document at the same moment: the
      // next round tries again; the documents made before stay available meanwhile.
      if (!failing) {
        LOG.log(Level.WARNING, "Cannot make the generated documents; retried every 5 s", e);
      }
      failing = true;
    }
  }

  private void make(PublishedContent.Generation generation) {
    long started = System.nanoTime();
    LocalDate published = generation.changedAt().atZoneSameInstant(AuditTrail.ZONE).toLocalDate();
    int rendered = 0;
    for (Language language : Language.values()) {
      reading.readInEnglish(language == Language.ENGLISH);
      rendered +=
          make(
              GeneratedKind.HANDBOOK,
              language,
              HandbookHtml.guide(guideIn(language, published)),
              generation);
      rendered +=
          make(
              GeneratedKind.INDICATORS,
              language,
              HandbookHtml.indicators(
                  new Handbook.Indicators(
                      language.locale(), published, information.indicatorList())),
              generation);
    }
    int count = rendered;
    LOG.info(
        () ->
            "Published content generation "
                + generation.number()
                + ": "
                + count
                + " of the generated documents made anew, the others read the same ("
                + (System.nanoTime() - started) / 1_000_000
                + " ms)");
  }

  /**
   * Renders and stores one document, unless it reads the same as the one kept (a change elsewhere
   * on the site): rendering is the costly part.
   *
   * @return 1 when it was rendered, 0 when the kept one still holds
   */
  private int make(
      GeneratedKind kind,
      Language language,
      Document html,
      PublishedContent.Generation generation) {
    String fingerprint = HandbookHtml.fingerprint(html);
    if (documents.keepIfUnchanged(kind, language.code(), fingerprint, generation.number())) {
      return 0;
    }
    documents.store(
        kind,
        language.code(),
        PdfDocuments.render(html),
        fingerprint,
        generation.number(),
        generation.changedAt());
    return 1;
  }

  private Handbook.Guide guideIn(Language language, LocalDate published) {
    return new Handbook.Guide(
        language.locale(),
        published,
        guide.phases().stream()
            .map(
                phase ->
                    new Handbook.Chapter(
                        phase,
                        phase.steps().stream().map(step -> guide.step(step.slug())).toList()))
            .toList(),
        guide.regulations(),
        information.exploitationForms(),
        coordination.regions(),
        national());
  }

  /** The national point, for the regions without a coordinator; none while it is not set up. */
  private List<CoordinatorView> national() {
    return coordinators.findNational(CoordinatorFinder.today());
  }
}
