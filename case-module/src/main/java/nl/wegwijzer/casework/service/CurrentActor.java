package nl.wegwijzer.casework.service;

/** The actor of the current request; the web module knows how to find out. */
public interface CurrentActor {

  Actor actor();
}
