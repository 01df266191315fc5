package nl.wegwijzer.web.coordinatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijzer.casework.service.AccessLogLine;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.CaseService;
import nl.wegwijzer.casework.service.CaseView;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * A referral the service refuses ends on the page with its message, like the page's other forms.
 */
class CaseBackingTest {

  private static final String NUMBER = "ZK-2026-00001";

  /** A case service that answers reads and refuses a referral with the given exception. */
  private static final class Refusing extends CaseService {
    private final RuntimeException refusal;
    final List<String> reads = new ArrayList<>();

    Refusing(RuntimeException refusal) {
      this.refusal = refusal;
    }

    @Override
    public CaseView read(Actor actor, String number, String purpose) {
      reads.add(purpose);
      return new CaseView(
          number,
          "zeeland",
          "open",
          LocalDate.of(2026, 1, 5),
          List.of(),
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          List.of(),
          null,
          null,
          null,
          List.of(),
          false,
          reads.size());
    }

    @Override
    public CaseView.ReferralView refer(Actor actor, String number, ReferralOrder order) {
      throw refusal;
    }

    @Override
    public Page<AccessLogLine> accessLog(Actor actor, String number, PageRequest page) {
      return new Page<>(List.of(), 1, page.size(), 0);
    }
  }

  private static CaseBacking referring(Refusing service) throws Exception {
    CaseBacking page = new CaseBacking();
    page.cases = service;
    page.current = () -> new Actor("coordinator", Set.of("zeeland"));
    page.load();
    page.getReferral().getText().put("organisation", "opvang-zeeland");
    page.getReferral().getText().put("careNeed", "shelter");
    page.refer();
    return page;
  }

  @Test
  void aCaseThatIsGoneSaysSoOnThePage() throws Exception {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of("number", NUMBER))) {
      CaseBacking page = referring(new Refusing(new NotFoundException("case", NUMBER)));
      assertEquals(CaseworkTexts.text("case.problem.notFound"), page.getProblem());
      assertNull(page.getNotice());
      assertEquals("opvang-zeeland", page.getReferral().getText().get("organisation"));
    }
  }

  @Test
  void aCaseChangedMeanwhileIsShownAgainWithWhatWasTyped() throws Exception {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of("number", NUMBER))) {
      Refusing service =
          new Refusing(new TransactionalException("rolled back", new OptimisticLockException()));
      CaseBacking page = referring(service);
      assertEquals(CaseworkTexts.text("case.problem.stale"), page.getProblem());
      assertEquals(List.of("view", "view-after-conflict"), service.reads);
      assertEquals("shelter", page.getReferral().getText().get("careNeed"));
    }
  }

  @Test
  void anArchivedOrganisationIsNamedAtItsField() throws Exception {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of("number", NUMBER))) {
      CaseBacking page =
          referring(
              new Refusing(
                  new InvalidInputException(
                      "organisation", "organisation 'opvang-zeeland' is archived: gone")));
      assertEquals(CaseworkTexts.text("case.problem.invalid"), page.getProblem());
      assertEquals(
          CaseworkTexts.text("problem.organisation.archived"), page.problemOf("organisation"));
    }
  }
}
