package nl.wegwijzer.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the language the language filter chose, from the start of the request: view
 * actions that prepare messages run before {@code <f:view locale>} applies, and would otherwise
 * follow the browser's Accept-Language instead of the visitor's choice.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    Object chosen = context.getExternalContext().getRequestMap().get(Language.REQUEST_ATTRIBUTE);
    return chosen instanceof Language language ? language.locale() : Language.DUTCH.locale();
  }
}
