package org.competenceatlas.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Neo4j property values as JSON and reads them back with their exact type. Strings,
 * booleans, integers and finite floats are plain JSON (a float always carries a decimal point or
 * exponent); every other type is a one-key object naming it, such as {@code {"$date":
 * "2024-05-01"}}. A JSON object never stands for anything else, because Neo4j properties cannot
 * hold maps.
 */
final class GraphValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private GraphValues() {}

  static ObjectNode properties(Map<String, Object> properties) {
    var node = JSON.objectNode();
    properties.forEach((key, value) -> node.set(key, toJson(value)));
    return node;
  }

  static Map<String, Object> properties(JsonNode json) {
    var properties = new LinkedHashMap<String, Object>();
    for (var entry : json.properties()) {
      properties.put(entry.getKey(), fromJson(entry.getValue()));
    }
    return properties;
  }

  static JsonNode toJson(Object value) {
    if (value instanceof String text) {
      return JSON.stringNode(text);
    }
    if (value instanceof Boolean flag) {
      return JSON.booleanNode(flag);
    }
    if (value instanceof Long || value instanceof Integer) {
      return JSON.numberNode(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number)
          ? JSON.numberNode(number)
          : tagged("$float", JSON.stringNode(Double.toString(number)));
    }
    if (value instanceof List<?> list) {
      var array = JSON.arrayNode();
      list.forEach(element -> array.add(toJson(element)));
      return array;
    }
    if (value instanceof byte[] bytes) {
      return tagged("$bytes", JSON.stringNode(Base64.getEncoder().encodeToString(bytes)));
    }
    if (value instanceof LocalDate date) {
      return tagged("$date", JSON.stringNode(date.toString()));
    }
    if (value instanceof ZonedDateTime dateTime) {
      return tagged(
          "$datetime", JSON.stringNode(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime)));
    }
    if (value instanceof LocalDateTime dateTime) {
      return tagged("$localdatetime", JSON.stringNode(dateTime.toString()));
    }
    if (value instanceof OffsetTime time) {
      return tagged("$time", JSON.stringNode(time.toString()));
    }
    if (value instanceof LocalTime time) {
      return tagged("$localtime", JSON.stringNode(time.toString()));
    }
    if (value instanceof IsoDuration duration) {
      var parts = JSON.objectNode();
      parts.put("months", duration.months());
      parts.put("days", duration.days());
      parts.put("seconds", duration.seconds());
      parts.put("nanoseconds", duration.nanoseconds());
      return tagged("$duration", parts);
    }
    if (value instanceof Point point) {
      var parts = JSON.objectNode();
      parts.put("srid", point.srid());
      parts.set("x", toJson(point.x()));
      parts.set("y", toJson(point.y()));
      if (!Double.isNaN(point.z())) {
        parts.set("z", toJson(point.z()));
      }
      return tagged("$point", parts);
    }
    throw new IllegalArgumentException(
        "A property value of type " + value.getClass().getName() + " cannot be backed up");
  }

  static Object fromJson(JsonNode json) {
    if (json.isString()) {
      return json.stringValue();
    }
    if (json.isBoolean()) {
      return json.booleanValue();
    }
    if (json.isIntegralNumber()) {
      return json.longValue();
    }
    if (json.isFloatingPointNumber()) {
      return json.doubleValue();
    }
    if (json.isArray()) {
      var list = new ArrayList<>(json.size());
      json.values().forEach(element -> list.add(fromJson(element)));
      return list;
    }
    if (json.isObject() && json.size() == 1) {
      var entry = json.properties().iterator().next();
      var content = entry.getValue();
      return switch (entry.getKey()) {
        case "$float" -> Double.parseDouble(content.stringValue());
        case "$bytes" -> Base64.getDecoder().decode(content.stringValue());
        case "$date" -> LocalDate.parse(content.stringValue());
        case "$datetime" -> ZonedDateTime.parse(content.stringValue());
        case "$localdatetime" -> LocalDateTime.parse(content.stringValue());
        case "$time" -> OffsetTime.parse(content.stringValue());
        case "$localtime" -> LocalTime.parse(content.stringValue());
        case "$duration" ->
            Values.isoDuration(
                content.get("months").longValue(),
                content.get("days").longValue(),
                content.get("seconds").longValue(),
                content.get("nanoseconds").intValue());
        case "$point" ->
            content.has("z")
                ? Values.point(
                    content.get("srid").intValue(),
                    content.get("x").doubleValue(),
                    content.get("y").doubleValue(),
                    content.get("z").doubleValue())
                : Values.point(
                    content.get("srid").intValue(),
                    content.get("x").doubleValue(),
                    content.get("y").doubleValue());
        default -> throw new IllegalArgumentException("Unknown value type " + entry.getKey());
      };
    }
    throw new IllegalArgumentException("Not a property value: " + json);
  }

  private static ObjectNode tagged(String type, JsonNode content) {
    var node = JSON.objectNode();
    node.set(type, content);
    return node;
  }
}
