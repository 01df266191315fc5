package nl.wegwijzer.casework.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import nl.wegwijzer.directory.model.Text;

/** Which e-mail notices one user gets; a user without a row gets all of them. */
@Entity
@Table(name = "notice_setting", schema = "casework")
public class NoticeSetting {

  private static final int MAX_USER_LENGTH = 255;

  @Id
  @Column(name = "user_name", length = MAX_USER_LENGTH)
  private String userName;

  @Column(name = "signal_arrived", nullable = false)
  private boolean signalArrived = true;

  @Column(name = "transfer_offered", nullable = false)
  private boolean transferOffered = true;

  @Column(name = "daily_digest", nullable = false)
  private boolean dailyDigest = true;

  @Version private long version;

  protected NoticeSetting() {}

  /** A user's settings as they are before they change them: every notice on. */
  public NoticeSetting(String userName) {
    this.userName = Text.required(userName, "userName", MAX_USER_LENGTH);
  }

  /** Switches each kind on when it is in the set, off when it is not. */
  public void choose(Set<NoticeKind> wanted) {
    signalArrived = wanted.contains(NoticeKind.SIGNAL_ARRIVED);
    transferOffered = wanted.contains(NoticeKind.TRANSFER_OFFERED);
    dailyDigest = wanted.contains(NoticeKind.DAILY_DIGEST);
  }

  public boolean wants(NoticeKind kind) {
    return switch (kind) {
      case SIGNAL_ARRIVED -> signalArrived;
      case TRANSFER_OFFERED -> transferOffered;
      case DAILY_DIGEST -> dailyDigest;
    };
  }

  public Set<NoticeKind> wanted() {
    Set<NoticeKind> wanted = EnumSet.noneOf(NoticeKind.class);
    for (NoticeKind kind : NoticeKind.values()) {
      if (wants(kind)) {
        wanted.add(kind);
      }
    }
    return wanted;
  }

  public String userName() {
    return userName;
  }

  public long version() {
    return version;
  }
}
