package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's CSP nonce for a Faces form's postback. PrimeFaces checks on every postback that the
 * form sends back the nonce of its view ({@code primefaces.nonce}); its script adds that field only
 * on pages that load PrimeFaces, so forms of plain Faces components carry it themselves: {@code
 * <input type="hidden" name="primefaces.nonce" value="#{formNonce.value}"/>}, which also works
 * without JavaScript.
 */
@Named("formNonce")
@RequestScoped
public class FormNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
