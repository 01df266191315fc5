package nl.wegwijzer.directory.support;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that changes what the public site shows. When it returns normally, the
 * shared counter goes up in its transaction and {@link PublishedContentChanged} is fired. A method
 * that returns how many things it changed and returns 0 changed nothing (the publication timer).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublishesContent {}
