package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import nl.wegwijzer.casework.notice.NoticeKind;
import nl.wegwijzer.casework.notice.NoticeSettings;
import nl.wegwijzer.web.security.CurrentUser;
import nl.wegwijzer.web.shared.BottleneckTexts;

/**
 * /coordinatie/meldingen: a coordinator switches each kind of e-mail notice on or off for
 * themselves. A choice saved since in another tab is not overwritten (FailureHandler says so).
 */
@Named
@ViewScoped
public class NoticeSettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NoticeSettings settings;
  @Inject transient CurrentUser currentUser;

  private boolean signalArrived;
  private boolean transferOffered;
  private boolean dailyDigest;
  private long version;
  private String notice;

  public void load() {
    show(settings.of(currentUser.getName()));
  }

  public void save() {
    Set<NoticeKind> wanted = EnumSet.noneOf(NoticeKind.class);
    if (signalArrived) {
      wanted.add(NoticeKind.SIGNAL_ARRIVED);
    }
    if (transferOffered) {
      wanted.add(NoticeKind.TRANSFER_OFFERED);
    }
    if (dailyDigest) {
      wanted.add(NoticeKind.DAILY_DIGEST);
    }
    show(settings.choose(currentUser.getName(), wanted, version));
    notice = BottleneckTexts.text("notice.settings.saved");
  }

  private void show(NoticeSettings.Choice choice) {
    signalArrived = choice.wanted().contains(NoticeKind.SIGNAL_ARRIVED);
    transferOffered = choice.wanted().contains(NoticeKind.TRANSFER_OFFERED);
    dailyDigest = choice.wanted().contains(NoticeKind.DAILY_DIGEST);
    version = choice.version();
  }

  public String getNotice() {
    return notice;
  }

  public boolean isSignalArrived() {
    return signalArrived;
  }

  public void setSignalArrived(boolean signalArrived) {
    this.signalArrived = signalArrived;
  }

  public boolean isTransferOffered() {
    return transferOffered;
  }

  public void setTransferOffered(boolean transferOffered) {
    this.transferOffered = transferOffered;
  }

  public boolean isDailyDigest() {
    return dailyDigest;
  }

  public void setDailyDigest(boolean dailyDigest) {
    this.dailyDigest = dailyDigest;
  }
}
