package nl.wegwijzer.web.it;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the servers the run's test classes will need as soon as the run begins, two at a time,
 * those of the classes that run one after another first, instead of each when its first class gets
 * to it: a Payara Micro start is mostly the work of one thread, so on two cores two side by side
 * take little longer than one, and the later ones start while the first classes run. Only what the
 * run's classes use is started (a run of one class starts one server), and a class takes its server
 * with {@link #take}, which starts it then if it was not started ahead (a class run on its own from
 * an IDE).
 */
public final class Deployments implements TestExecutionListener {

  /** What one server is: how to start it, and which test classes use it. */
  private record Ahead(Starter starter, Predicate<Class<?>> usedBy) {}

  /** Every server a class may start ahead. */
  private static final Map<String, Ahead> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("demo", new Ahead(RunningApp::startWithDemoData, extendedWith(RunningApp.class)));
    KNOWN.put(
        "short sessions",
        new Ahead(RunningApp.Second::startShortSessions, extendedWith(RunningApp.Second.class)));
    KNOWN.put(
        "without keycloak",
        new Ahead(KeycloakDownIT::startWithoutKeycloak, KeycloakDownIT.class::equals));
    KNOWN.put(
        "own database", new Ahead(DatabaseRestartIT::startOwn, DatabaseRestartIT.class::equals));
  }

  private static final Map<String, CompletableFuture<Object>> STARTED = new ConcurrentHashMap<>();

  private static final ExecutorService STARTERS =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "deployment start");
            thread.setDaemon(true);
            return thread;
          });

  @FunctionalInterface
  interface Starter {
    Object start() throws Exception;
  }

  private static Predicate<Class<?>> extendedWith(Class<?> extension) {
    return type ->
        AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
            .anyMatch(with -> Arrays.asList(with.value()).contains(extension));
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    List<Class<?>> classes =
        plan.getRoots().stream()
            .flatMap(root -> plan.getDescendants(root).stream())
            .map(TestIdentifier::getSource)
            .flatMap(java.util.Optional::stream)
            .filter(ClassSource.class::isInstance)
            .map(source -> ((ClassSource) source).getJavaClass())
            .distinct()
            .collect(Collectors.toList());
    // The servers of the classes that run one after another first, in their order: the run waits
    // for those; a class in a lane of its own (Lanes) waits only for its own.
    KNOWN.entrySet().stream()
        .filter(known -> classes.stream().anyMatch(known.getValue().usedBy()))
        .sorted(Comparator.comparingInt(known -> startRank(classes, known.getValue())))
        .forEach(
            known ->
                STARTED.computeIfAbsent(known.getKey(), key -> start(known.getValue().starter())));
  }

  private static int startRank(List<Class<?>> classes, Ahead ahead) {
    int inTurn = firstUser(classes, ahead.usedBy().and(type -> !inALane(type)));
    return inTurn < classes.size() ? inTurn : classes.size() + firstUser(classes, ahead.usedBy());
  }

  private static boolean inALane(Class<?> type) {
    return AnnotationSupport.findAnnotation(type, Execution.class)
        .filter(execution -> execution.value() == ExecutionMode.CONCURRENT)
        .isPresent();
  }

  private static int firstUser(List<Class<?>> classes, Predicate<Class<?>> user) {
    for (int i = 0; i < classes.size(); i++) {
      if (user.test(classes.get(i))) {
        return i;
      }
    }
    return classes.size();
  }

  private static CompletableFuture<Object> start(Starter starter) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return starter.start();
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        },
        STARTERS);
  }

  /** The server {@code name}, started ahead, else now; each is taken once. */
  @SuppressWarnings("unchecked")
  static <T> T take(String name) throws Exception {
    CompletableFuture<Object> started =
        STARTED.computeIfAbsent(name, key -> start(KNOWN.get(key).starter()));
    try {
      return (T) started.join();
    } catch (CompletionException failed) {
      throw failed.getCause() instanceof Exception e ? e : failed;
    }
  }
}
