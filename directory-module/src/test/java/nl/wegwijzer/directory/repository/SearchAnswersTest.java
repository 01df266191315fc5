package nl.wegwijzer.directory.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijzer.directory.support.AnswerCounts;
import org.junit.jupiter.api.Test;

/** Which answers a node keeps, and for how long. */
class SearchAnswersTest {

  private final SearchAnswers<String> answers = new SearchAnswers<>();
  private final AtomicInteger computations = new AtomicInteger();

  private String ask(long generation, String question) {
    return answers.answer(
        generation, question, () -> question + " #" + computations.incrementAndGet());
  }

  @Test
  void aQuestionAskedAgainIsKeptFromItsSecondAsk() {
    assertEquals("opvang #1", ask(7, "opvang"));
    assertEquals("opvang #2", ask(7, "opvang"), "a question asked once is not kept");
    assertEquals("opvang #2", ask(7, "opvang"));
    assertEquals("opvang #2", ask(7, "opvang"));
    assertEquals(new AnswerCounts(2, 2), answers.counts());
  }

  @Test
  void aNewGenerationForgetsEveryKeptAnswer() {
    ask(7, "opvang");
    ask(7, "opvang");
    assertEquals("opvang #3", ask(8, "opvang"), "an edit made the kept answer stale");
    assertEquals("opvang #3", ask(8, "opvang"));
  }

  @Test
  void anAnswerComputedUnderAnOldGenerationIsNotKept() {
    ask(8, "tolk");
    answers.keep(7, "opvang", "stale");
    answers.keep(7, "opvang", "stale");
    assertEquals("opvang #2", ask(8, "opvang"));
  }

  @Test
  void manySearchesAskedOnceDoNotPushOutTheOnesPeopleAskAgain() {
    for (int i = 0; i < 5; i++) {
      ask(7, "opvang");
    }
    for (int i = 0; i < 5_000; i++) {
      ask(7, "distinct " + i);
    }
    int before = computations.get();
    assertEquals("opvang #2", ask(7, "opvang"));
    assertEquals(before, computations.get(), "the repeated search was still kept");
  }

  @Test
  void searchesAskedOnceAreNotKept() {
    for (int i = 0; i < 1_000; i++) {
      ask(7, "distinct " + i);
    }
    assertEquals("distinct 3 #1001", ask(7, "distinct 3"));
    assertEquals(new AnswerCounts(0, 1_001), answers.counts());
  }
}
