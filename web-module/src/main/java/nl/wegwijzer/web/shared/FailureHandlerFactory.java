package nl.wegwijzer.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link FailureHandler} in front of the Faces implementation's handler (faces-config). */
public class FailureHandlerFactory extends ExceptionHandlerFactory {

  public FailureHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new FailureHandler(getWrapped().getExceptionHandler());
  }
}
