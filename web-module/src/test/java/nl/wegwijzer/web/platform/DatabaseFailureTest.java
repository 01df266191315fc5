package nl.wegwijzer.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

  @Test
  void aCommitTheTransactionManagerCouldNotCompleteIsAnOutage() {
    // as Payara reports a commit whose connection PostgreSQL terminated: no cause attached
    TransactionalException commitFailed =
        new TransactionalException("encountered exception during commit", new SystemException());
    assertTrue(DatabaseFailure.unavailable(commitFailed));
  }

  @Test
  void anUnreachableServerIsAnOutage() {
    assertTrue(DatabaseFailure.unavailable(new RuntimeException(new ConnectException("refused"))));
    assertTrue(
        DatabaseFailure.unavailable(
            new RuntimeException(new SQLException("terminating connection", "57P01"))));
  }

  @Test
  void aBugInsideATransactionIsNot() {
    assertFalse(
        DatabaseFailure.unavailable(
            new TransactionalException("failed", new IllegalStateException("a bug"))));
    assertFalse(DatabaseFailure.unavailable(new SQLException("duplicate key value", "23505")));
  }
}
