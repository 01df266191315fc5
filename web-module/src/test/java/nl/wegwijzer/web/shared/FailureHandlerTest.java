package nl.wegwijzer.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.web.platform.DomainFailure;
import org.junit.jupiter.api.Test;

class FailureHandlerTest {

  @Test
  void aConflictFoundAtCommitReadsAsAnyConflictInThePagesLanguage() {
    RuntimeException atCommit =
        DomainFailure.of(new TransactionalException("commit", new OptimisticLockException()))
            .orElseThrow();
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      assertEquals(
          FailureHandler.text(new ConflictException("signal WW-1")), FailureHandler.text(atCommit));
      assertTrue(FailureHandler.text(atCommit).startsWith("Iemand anders heeft dit intussen"));
    }
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertTrue(FailureHandler.text(atCommit).startsWith("Someone else changed this"));
    }
  }

  @Test
  void notFoundAndInvalidInputSayWhatTheScreensSay() {
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertTrue(
          FailureHandler.text(new NotFoundException("bottleneck", "7"))
              .startsWith("This does not exist"));
      InvalidInputException invalid = new InvalidInputException("size", "too big");
      assertEquals(ScreenProblems.describe(invalid), FailureHandler.text(invalid));
    }
  }

  @Test
  void anEditorsFieldsAreWordedAsTheEditorsScreensWordThem() {
    InvalidFieldsException fields =
        new InvalidFieldsException(
            List.of(
                FieldProblem.of("title", "required"), new FieldProblem("title", "too-long", 80)),
            Map.of("title", ""));
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      assertEquals(
          "Titel: vul dit in. Titel: te lang (hoogstens 80 tekens).", FailureHandler.text(fields));
    }
    try (FacesRequest request = FacesRequest.in(Language.ENGLISH, Map.of())) {
      assertTrue(FailureHandler.text(fields).startsWith("Title"), FailureHandler.text(fields));
    }
  }

  @Test
  void aPageThatWordsARefusalItselfIsHeard() {
    Refused refused = new Refused(new ConflictException("revision 7"));
    assertTrue(refused.wording().isEmpty(), "the handler's own text unless the page says more");
    refused.wordAs("editor-a changed it first");
    assertEquals("editor-a changed it first", refused.wording().orElseThrow());
  }

  @Test
  void invalidInputIsWordedByScreenAndField() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of())) {
      InvalidInputException from = new InvalidInputException("from", "not a date (yyyy-mm-dd)");
      assertEquals(
          Labels.text("audit.invalid.from"),
          ScreenProblems.describe("/views/beheer/audit.xhtml", from));
      assertEquals(
          BottleneckTexts.text("bottleneck.invalid.overview.from"),
          ScreenProblems.describe("/views/redactie/bottlenecks.xhtml", from));
      InvalidInputException until =
          new InvalidInputException("until", "the end of the period lies before its start");
      assertEquals(
          CaseworkTexts.text("problem.until"),
          ScreenProblems.describe("/views/coordinatie/cases.xhtml", until));
      assertEquals(
          Labels.text("problem.invalid", "size"),
          ScreenProblems.describe(null, new InvalidInputException("size", "too big")));
      assertEquals(
          "De waarde voor 'Soort hulp' is niet geldig. Kies een waarde uit de lijst.",
          ScreenProblems.describe(
              "/views/organisations.xhtml", new InvalidInputException("need", "unknown")));
    }
  }
}
