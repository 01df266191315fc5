package nl.wegwijzer.web.platform;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijzer.content.model.WorkflowException;
import nl.wegwijzer.content.service.InvalidFieldsException;
import nl.wegwijzer.directory.support.ConflictException;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;

/**
 * The domain's answer inside whatever carried it to the edge: the one place where both edges (the
 * Faces exception handler, the JAX-RS mappers) find invalid input, not found or a conflict. A lost
 * update that the database found at flush or commit arrives as an optimistic lock failure wrapped
 * by the transaction (RollbackException, TransactionalException, EJBException,
 * PersistenceException, FacesException, ELException); it is a conflict like any other.
 */
public final class DomainFailure {

  /**
   * JPA's type and EclipseLink's own, which a commit throws before JPA can translate it; named, not
   * imported, because EclipseLink is the server's and not on the application's class path.
   */
  private static final Set<String> LOST_UPDATES =
      Set.of(
          "jakarta.persistence.OptimisticLockException",
          "org.eclipse.persistence.exceptions.OptimisticLockException");

  private DomainFailure() {}

  /** The domain exception in the chain of causes, if there is one. */
  public static Optional<RuntimeException> of(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, Boolean.TRUE) == null;
        cause = cause.getCause()) {
      if (cause instanceof InvalidInputException
          || cause instanceof NotFoundException
          || cause instanceof ConflictException
          || cause instanceof WorkflowException
          || cause instanceof InvalidFieldsException) {
        return Optional.of((RuntimeException) cause);
      }
      if (LOST_UPDATES.contains(cause.getClass().getName())) {
        return Optional.of(new ConflictException(cause));
      }
    }
    return Optional.empty();
  }
}
