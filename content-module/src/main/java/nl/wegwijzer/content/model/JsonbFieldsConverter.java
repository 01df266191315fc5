package nl.wegwijzer.content.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * A revision's fields as PostgreSQL jsonb. The driver sends a plain string as varchar, which
 * PostgreSQL does not cast to jsonb on its own; a PGobject of type jsonb it does.
 */
@Converter
public class JsonbFieldsConverter implements AttributeConverter<Fields, Object> {

  @Override
  public Object convertToDatabaseColumn(Fields fields) {
    if (fields == null) {
      return null;
    }
    try {
      PGobject json = new PGobject();
      json.setType("jsonb");
      json.setValue(fields.toJson());
      return json;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Fields convertToEntityAttribute(Object column) {
    if (column == null) {
      return null;
    }
    return Fields.fromJson(column instanceof PGobject json ? json.getValue() : column.toString());
  }
}
