package nl.wegwijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time that a JVM's JIT compiler threads ("C1 CompilerThread…", "C2 CompilerThread…") have
 * used, from /proc/PID/task. On two cores the compiler competes with the request threads: after the
 * first minutes of a new code path it still used a whole core, and the rate kept climbing (from 450
 * to over 800 registrations a second) until it went quiet. So a warm-up that stops while the
 * compiler is busy measures the JIT, not the application.
 */
final class Compilation {

  /** The kernel's clock ticks per second in /proc's times (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private final Path tasks;

  private Compilation(long pid) {
    this.tasks = Path.of("/proc", Long.toString(pid), "task");
  }

  /** Fails when the process has no compiler threads: a wrong pid would read as a quiet JIT. */
  static Compilation of(long pid) {
    Compilation compilation = new Compilation(pid);
    try (Stream<Path> threads = Files.list(compilation.tasks)) {
      if (threads.noneMatch(Compilation::isCompiler)) {
        throw new IllegalStateException("process " + pid + " has no JIT compiler threads");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the threads of process " + pid, e);
    }
    return compilation;
  }

  private static boolean isCompiler(Path thread) {
    try {
      return Files.readString(thread.resolve("comm")).contains("CompilerThre");
    } catch (IOException e) {
      return false;
    }
  }

  /** Seconds of CPU the compiler threads have used so far; 0 when the process is gone. */
  double cpuSeconds() {
    long ticks = 0;
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        ticks += compilerTicks(thread);
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks / TICKS_PER_SECOND;
  }

  private static long compilerTicks(Path thread) {
    try {
      if (!isCompiler(thread)) {
        return 0;
      }
      String stat = Files.readString(thread.resolve("stat"));
      // fields after the command, which is in parentheses and may hold spaces: utime is the 12th
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      // the thread ended between listing and reading
      return 0;
    }
  }
}
