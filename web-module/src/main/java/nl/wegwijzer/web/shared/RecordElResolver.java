package nl.wegwijzer.web.shared;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read record components as properties ({@code #{org.name}} for {@code org.name()}).
 * Expression Language 5 of Jakarta EE 10 knows only JavaBeans getters; the services answer with
 * records.
 */
public class RecordElResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS =
      new ConcurrentHashMap<>();

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
      return Optional.empty();
    }
    Map<String, RecordComponent> byName =
        COMPONENTS.computeIfAbsent(
            base.getClass(),
            type ->
                Arrays.stream(type.getRecordComponents())
                    .collect(java.util.stream.Collectors.toMap(RecordComponent::getName, c -> c)));
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      var accessor = component.get().getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException("records cannot be changed: " + property);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
