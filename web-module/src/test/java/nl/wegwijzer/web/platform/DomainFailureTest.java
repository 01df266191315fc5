package nl.wegwijzer.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.FieldProblem;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import org.junit.jupiter.api.Test;

class DomainFailureTest {

  /** As Faces hands an action's failure to the exception handler. */
  private static Throwable fromAnAction(Throwable failure) {
    return new FacesException(new ELException(failure));
  }

  @Test
  void aLostUpdateFoundAtCommitIsAConflict() {
    // as Payara's @Transactional reports a commit that EclipseLink's version check refused
    RollbackException rolledBack = new RollbackException("rolled back");
    rolledBack.initCause(
        org.eclipse.persistence.exceptions.OptimisticLockException.objectChangedSinceLastMerge(
            "a bottleneck"));
    Throwable atCommit = new TransactionalException("commit failed", rolledBack);

    Optional<RuntimeException> found = DomainFailure.of(fromAnAction(atCommit));

    assertInstanceOf(ConflictException.class, found.orElseThrow());
    assertSame(rolledBack.getCause(), found.get().getCause(), "the database's finding is kept");
  }

  @Test
  void aLostUpdateFoundAtFlushIsAConflictInEveryWrapper() {
    OptimisticLockException atFlush = new OptimisticLockException("row changed");
    for (Throwable wrapped :
        new Throwable[] {
          atFlush,
          new PersistenceException(atFlush),
          new EJBException(atFlush),
          new TransactionalException("failed", atFlush),
          fromAnAction(new EJBException(atFlush))
        }) {
      assertInstanceOf(
          ConflictException.class, DomainFailure.of(wrapped).orElseThrow(), wrapped.toString());
    }
  }

  @Test
  void theDomainsOwnRefusalsComeOutAsTheyAre() {
    InvalidInputException invalid = new InvalidInputException("description", "too long");
    NotFoundException missing = new NotFoundException("bottleneck", "7");
    ConflictException conflict = new ConflictException("bottleneck 7");

    assertSame(invalid, DomainFailure.of(fromAnAction(invalid)).orElseThrow());
    assertSame(missing, DomainFailure.of(new EJBException(missing)).orElseThrow());
    assertSame(conflict, DomainFailure.of(fromAnAction(conflict)).orElseThrow());
    WorkflowException notTheirs =
        new WorkflowException(WorkflowException.Reason.NOT_YOUR_REGION, "another region");
    assertSame(notTheirs, DomainFailure.of(fromAnAction(notTheirs)).orElseThrow());
    InvalidFieldsException fields =
        new InvalidFieldsException(List.of(FieldProblem.of("title", "required")), Map.of());
    assertSame(fields, DomainFailure.of(fromAnAction(fields)).orElseThrow());
    assertEquals("description", ((InvalidInputException) DomainFailure.of(invalid).get()).field());
  }

  @Test
  void anythingElseIsNoneOfTheDomains() {
    assertTrue(DomainFailure.of(fromAnAction(new IllegalStateException("bug"))).isEmpty());
    assertTrue(DomainFailure.of(new PersistenceException("constraint")).isEmpty());
    assertTrue(DomainFailure.of(null).isEmpty());
  }

  @Test
  void aCauseThatPointsBackDoesNotLoop() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);
    assertTrue(DomainFailure.of(first).isEmpty());
  }
}
