package nl.wegwijzer.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's CSP nonce for a Faces form's postback. PrimeFaces checks on every postback that the
 * form sends back the nonce of its view ({@code primefaces.nonce}); its script adds that field only
 * on pages that load PrimeFaces, so every form is a {@code <w:form>} (WEB-INF/tags/form.xhtml),
 * which carries it as a hidden field and so also works without JavaScript.
 */
@Named
@RequestScoped
public class FormNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
