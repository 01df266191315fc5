package nl.wegwijzer.directory.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Counts and announces a change to the public content after a {@link PublishesContent} method. Its
 * priority puts it inside the method's transaction (after {@code @Transactional}'s interceptor), so
 * the counter and the change commit together and the event's after-success observers run only when
 * they did.
 */
@PublishesContent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PublishingInterceptor {

  @Inject PublishedContent publishedContent;
  @Inject Event<PublishedContentChanged> changes;

  @AroundInvoke
  public Object announce(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    if (result instanceof Integer count && count == 0) {
      return result;
    }
    long generation = publishedContent.changed();
    changes.fire(
        new PublishedContentChanged(
            generation,
            invocation.getMethod().getDeclaringClass().getSimpleName()
                + "."
                + invocation.getMethod().getName()));
    return result;
  }
}
