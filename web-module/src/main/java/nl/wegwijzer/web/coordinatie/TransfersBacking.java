package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.TransferService;
import nl.wegwijzer.casework.service.TransferService.TransferView;
import nl.wegwijzer.web.shared.CaseworkTexts;

/**
 * The transfers of cases from and to the coordinator's regions on /coordinatie (include
 * case/transfers.xhtml): offers to accept or refuse, and the facts of transfers made.
 */
@Named
@ViewScoped
public class TransfersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TransferService transfers;
  @Inject transient CurrentActor current;

  private List<TransferView> shown;
  private final Map<String, String> refusals = new LinkedHashMap<>();
  private String notice;

  public List<TransferView> getTransfers() {
    if (shown == null) {
      shown = transfers.list(current.actor());
    }
    return shown;
  }

  public Map<String, String> getRefusals() {
    return refusals;
  }

  public String getNotice() {
    return notice;
  }

  public void accept(long id) {
    transfers.accept(current.actor(), id);
    done("transfer.accepted");
  }

  public void refuse(long id) {
    transfers.refuse(current.actor(), id, refusals.get(String.valueOf(id)));
    refusals.remove(String.valueOf(id));
    done("transfer.refused");
  }

  private void done(String key) {
    shown = null;
    notice = CaseworkTexts.text(key);
  }
}
