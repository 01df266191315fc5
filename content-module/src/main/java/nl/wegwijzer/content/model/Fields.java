package nl.wegwijzer.content.model;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The editable fields of one version of an item, by name, as text: what a revision keeps as its
 * JSON snapshot, what the edit form shows and what the diff compares. Lists (care needs,
 * regulations) are comma-separated codes, so that a diff reads well. A missing field is empty.
 */
public final class Fields {

  private final Map<String, String> values;

  public Fields(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            copy.put(Objects.requireNonNull(name, "name"), value.strip());
          }
        });
    this.values = Collections.unmodifiableMap(copy);
  }

  public static Fields of(Map<String, String> values) {
    return new Fields(values);
  }

  /** The value, or the empty string. */
  public String get(String name) {
    return values.getOrDefault(name, "");
  }

  /** The value, or null when empty. */
  public String optional(String name) {
    return values.get(name);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Fields with(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.put(name, value);
    return new Fields(changed);
  }

  public Map<String, String> asMap() {
    return values;
  }

  public String toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    values.forEach(json::add);
    return json.build().toString();
  }

  public static Fields fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> values = new LinkedHashMap<>();
      object.forEach(
          (name, value) ->
              values.put(
                  name,
                  value.getValueType() == JsonValue.ValueType.STRING
                      ? ((JsonString) value).getString()
                      : value.toString()));
      return new Fields(values);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fields fields && values.equals(fields.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
