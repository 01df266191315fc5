package nl.wegwijzer.casework.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijzer.directory.support.ConflictException;

/**
 * Who wants which e-mail notice: each user switches each kind on or off for themselves; without a
 * choice every notice is on. Also the digest's once-a-day claim and the counts it sends.
 */
@ApplicationScoped
@Transactional
public class NoticeSettings {

  private final NoticeRepository settings;

  protected NoticeSettings() {
    this(null);
  }

  @Inject
  public NoticeSettings(NoticeRepository settings) {
    this.settings = settings;
  }

  /** The user's choice and its version (0 before the first choice). */
  public record Choice(Set<NoticeKind> wanted, long version) {
    public Choice {
      wanted = Set.copyOf(wanted);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Choice of(String userName) {
    return settings
        .find(userName)
        .map(s -> new Choice(s.wanted(), s.version()))
        .orElse(new Choice(Set.of(NoticeKind.values()), 0));
  }

  /**
   * Saves the user's choice, made on a screen that showed {@code seenVersion}; a choice saved since
   * (in another tab) is not overwritten ({@link ConflictException}).
   */
  public Choice choose(String userName, Set<NoticeKind> wanted, long seenVersion) {
    NoticeSetting setting = settings.find(userName).orElse(null);
    if (setting == null) {
      if (seenVersion != 0) {
        throw new ConflictException("notice settings of " + userName);
      }
      setting = new NoticeSetting(userName);
      setting.choose(wanted);
      settings.add(setting);
    } else {
      if (setting.version() != seenVersion) {
        throw new ConflictException("notice settings of " + userName);
      }
      setting.choose(wanted);
      settings.flush();
    }
    return new Choice(setting.wanted(), setting.version());
  }

  /** Those of the users who want the kind of notice, in their order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> wanting(NoticeKind kind, Collection<String> userNames) {
    Map<String, NoticeSetting> chosen =
        settings.of(Set.copyOf(userNames)).stream()
            .collect(Collectors.toMap(NoticeSetting::userName, Function.identity()));
    return new LinkedHashSet<>(userNames)
        .stream()
            .filter(user -> !chosen.containsKey(user) || chosen.get(user).wants(kind))
            .toList();
  }

  /** Claims the day's digest for this node: true only for the first node that asks. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimDigest(LocalDate day) {
    return settings.claimDigest(day);
  }

  /** Per region code, how many deadlines fall due on the day (regions without any left out). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Long> deadlinesDueOn(LocalDate day) {
    return settings.deadlinesDueOn(day);
  }
}
