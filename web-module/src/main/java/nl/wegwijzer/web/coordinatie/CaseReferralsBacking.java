package nl.wegwijzer.web.coordinatie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijzer.casework.service.CurrentActor;
import nl.wegwijzer.casework.service.ReferralOrder;
import nl.wegwijzer.casework.service.ReferralService;
import nl.wegwijzer.casework.service.TransferService;
import nl.wegwijzer.directory.service.OrganisationDirectory;
import nl.wegwijzer.directory.service.PlaceService;
import nl.wegwijzer.directory.service.RegionView;

/**
 * The referral and transfer sections of the case page (includes case/referrals.xhtml and
 * case/transfer.xhtml): finding an organisation, referring with consent or as a consultation,
 * recording the answer, and offering the case to another region. After a change the page is asked
 * again after it and the page comes back at the section acted on, with the notice of the page.
 */
@Named
@ViewScoped
public class CaseReferralsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReferralService referrals;
  @Inject transient TransferService transfers;
  @Inject transient OrganisationDirectory directory;
  @Inject transient PlaceService places;
  @Inject transient CurrentActor current;
  @Inject CaseBacking page;

  private ReferralForm form;
  private final Map<String, String> transfer = new LinkedHashMap<>();
  private Map<String, String> problems = new LinkedHashMap<>();

  public ReferralForm getForm() {
    if (form == null) {
      form =
          new ReferralForm(
              LocalDate.now(SignalFormBacking.ZONE).toString(),
              number() == null ? null : page.getCase().region());
    }
    return form;
  }

  public Map<String, String> getTransfer() {
    return transfer;
  }

  /** The regions a case can be offered to: every other one. */
  public List<RegionView> getOtherRegions() {
    String own = page.getCase() == null ? null : page.getCase().region();
    return places.regions().stream().filter(r -> !r.code().equals(own)).toList();
  }

  public List<String> getLanguages() {
    return directory.languagesOffered();
  }

  /** After how many days without an answer a referral is in the worklist. */
  public int getAnswerDays() {
    return referrals.answerDays();
  }

  /** Nearest first; by region, from the case's place (the newest signal's municipality). */
  public void search() {
    getForm().search(directory, referrals.placeOf(current.actor(), number()).orElse(null), parse());
  }

  public void refer() {
    ReferralOrder order = getForm().order(parse());
    if (order != null) {
      page.changeThenRead(
          () -> referrals.refer(current.actor(), number(), order), "case.refer.done");
      getForm().referred();
    }
  }

  public void answer() {
    ReferralForm.Answer typed = getForm().answer(parse());
    if (typed != null) {
      page.changeThenRead(
          () -> referrals.answer(current.actor(), number(), typed.referralId(), typed.answer()),
          "case.refer.answered");
      getForm().answered();
    }
  }

  public void offerTransfer() {
    parse();
    page.changeThenRead(
        () ->
            transfers.offer(
                current.actor(), number(), transfer.get("toRegion"), transfer.get("transferNote")),
        "transfer.offered");
    transfer.clear();
  }

  private String number() {
    return page.getCase() == null ? null : page.getCase().number();
  }

  private Map<String, String> parse() {
    problems = new LinkedHashMap<>();
    return problems;
  }

  public boolean invalid(String field) {
    return problems.containsKey(field);
  }

  public String problemOf(String field) {
    return problems.get(field);
  }
}
