package nl.wegwijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory from /proc/PID/status: VmRSS sampled every 250 ms while the load runs
 * (its highest value), and VmHWM, the kernel's own peak since the process started.
 */
final class Memory implements AutoCloseable {

  private final long pid;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long highestRss;
  private long lastRss;
  private long highWater;
  private long anonymous;
  private long files;

  private Memory(long pid) {
    this.pid = pid;
    this.sampler =
        new Thread(
            () -> {
              while (running) {
                highestRss = Math.max(highestRss, kilobytes("VmRSS:"));
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static Memory watch(long pid) {
    return new Memory(pid);
  }

  /** Stops sampling and reads the final figures (while the process still runs). */
  void stop() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
    lastRss = kilobytes("VmRSS:");
    highWater = kilobytes("VmHWM:");
    anonymous = kilobytes("RssAnon:");
    files = kilobytes("RssFile:");
    highestRss = Math.max(highestRss, lastRss);
  }

  long highWaterMegabytes() {
    return highWater / 1024;
  }

  long highestRssMegabytes() {
    return highestRss / 1024;
  }

  long rssMegabytes() {
    return lastRss / 1024;
  }

  /** Of the final RSS: anonymous memory (heap, metaspace, code, stacks, malloc). */
  long anonymousMegabytes() {
    return anonymous / 1024;
  }

  /** Of the final RSS: mapped files (the JDK's libraries, the class-data archive, jars). */
  long fileMegabytes() {
    return files / 1024;
  }

  private long kilobytes(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException gone) {
      return 0;
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
