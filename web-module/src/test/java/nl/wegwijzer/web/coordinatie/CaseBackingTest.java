package nl.wegwijzer.web.coordinatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import nl.wegwijzer.casework.service.ReferralService;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;
import nl.wegwijzer.web.platform.DomainFailure;
import nl.wegwijzer.web.shared.CaseworkTexts;
import nl.wegwijzer.web.shared.FacesRequest;
import nl.wegwijzer.web.shared.Language;
import nl.wegwijzer.web.shared.Refused;
import nl.wegwijzer.web.shared.ScreenProblems;
import org.junit.jupiter.api.Test;

/**
 * A referral the service refuses goes on to FailureHandler with what was typed kept; after a
 * conflict the page shows the case as it is now.
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
          reads.size(),
          null);
    }

    @Override
    public Page<AccessLogLine> accessLog(Actor actor, String number, PageRequest page) {
      return new Page<>(List.of(), 1, page.size(), 0);
    }
  }

  /** A referral service that refuses every referral with the case service's refusal. */
  private static final class RefusingReferrals extends ReferralService {
    private final RuntimeException refusal;

    RefusingReferrals(RuntimeException refusal) {
      this.refusal = refusal;
    }

    @Override
    public CaseView.ReferralView refer(Actor actor, String number, ReferralOrder order) {
      throw refusal;
    }
  }

  private static CaseBacking opened(Refusing service) {
    CaseBacking page = new CaseBacking();
    page.cases = service;
    page.current = () -> new Actor("coordinator", Set.of("zeeland"));
    page.load();
    return page;
  }

  /** The referral section of the page, with an organisation chosen. */
  private static CaseReferralsBacking referrals(CaseBacking page, Refusing service) {
    CaseReferralsBacking section = new CaseReferralsBacking();
    section.page = page;
    section.current = page.current;
    section.referrals = new RefusingReferrals(service.refusal);
    section.getForm().getText().put("organisation", "opvang-zeeland");
    section.getForm().getText().put("careNeed", "shelter");
    return section;
  }

  /** What FailureHandler does with a refusal: the domain's exception, told to the page. */
  private static RuntimeException refusedReferral(CaseBacking page, CaseReferralsBacking section) {
    RuntimeException thrown = assertThrows(RuntimeException.class, section::refer);
    RuntimeException refusal = DomainFailure.of(thrown).orElseThrow();
    page.refused(new Refused(refusal));
    return refusal;
  }

  @Test
  void aCaseThatIsGoneGoesToTheHandlerWithWhatWasTyped() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of("number", NUMBER))) {
      Refusing service = new Refusing(new NotFoundException("case", NUMBER));
      CaseBacking page = opened(service);
      CaseReferralsBacking section = referrals(page, service);
      assertInstanceOf(NotFoundException.class, refusedReferral(page, section));
      assertNull(page.getNotice());
      assertEquals(List.of("view"), service.reads);
      assertEquals("opvang-zeeland", section.getForm().getText().get("organisation"));
    }
  }

  @Test
  void aCaseChangedMeanwhileIsShownAgainWithWhatWasTyped() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of("number", NUMBER))) {
      Refusing service =
          new Refusing(new TransactionalException("rolled back", new OptimisticLockException()));
      CaseBacking page = opened(service);
      CaseReferralsBacking section = referrals(page, service);
      assertInstanceOf(ConflictException.class, refusedReferral(page, section));
      assertEquals(List.of("view", "view-after-conflict"), service.reads);
      assertEquals(2L, page.getCase().version());
      assertEquals("shelter", section.getForm().getText().get("careNeed"));
    }
  }

  @Test
  void anArchivedOrganisationIsNamedAtItsField() {
    try (FacesRequest request = FacesRequest.in(Language.DUTCH, Map.of("number", NUMBER))) {
      Refusing service =
          new Refusing(
              new InvalidInputException(
                  "organisation", "organisation 'opvang-zeeland' is archived: gone"));
      CaseBacking page = opened(service);
      CaseReferralsBacking section = referrals(page, service);
      RuntimeException refusal = refusedReferral(page, section);
      assertEquals("organisation", ((InvalidInputException) refusal).field());
      assertEquals(
          CaseworkTexts.text("problem.organisation.archived"),
          ScreenProblems.describe((InvalidInputException) refusal));
      assertEquals("opvang-zeeland", section.getForm().getText().get("organisation"));
    }
  }
}
