package nl.wegwijzer.web.documents;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
import nl.wegwijzer.directory.support.PublishedContent;
import nl.wegwijzer.web.http.PageCache;
import nl.wegwijzer.web.shared.Language;

/**
 * Makes the handbook and the indicator list anew, in Dutch and English, when the published content
 * has changed: every five seconds it compares the shared published-content counter with the one the
 * stored PDFs were made from. On a cluster every node watches; a node that finds them made by
 * another one only empties its page cache, so the documents page shows the new size and date.
 */
@Singleton
@DependsOn("DatabaseMigration")
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

  private long seen = Long.MIN_VALUE;
  private boolean failing;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "documents")
  public void poll() {
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
    for (Language language : Language.values()) {
      reading.readInEnglish(language == Language.ENGLISH);
      store(
          GeneratedKind.HANDBOOK,
          language,
          PdfDocuments.render(HandbookHtml.guide(guideIn(language, published))),
          generation);
      store(
          GeneratedKind.INDICATORS,
          language,
          PdfDocuments.render(
              HandbookHtml.indicators(
                  new Handbook.Indicators(
                      language.locale(), published, information.indicatorList()))),
          generation);
    }
    LOG.info(
        () ->
            "Made the handbook and the indicator list of published content generation "
                + generation.number()
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  private void store(
      GeneratedKind kind, Language language, byte[] pdf, PublishedContent.Generation generation) {
    documents.store(kind, language.code(), pdf, generation.number(), generation.changedAt());
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
        coordinators.national(CoordinatorFinder.today()).coordinators());
  }
}
