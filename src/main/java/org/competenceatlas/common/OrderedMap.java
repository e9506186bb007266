package org.competenceatlas.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map written as alternating keys and values, in that order. Unlike {@link Map#of} it takes null
 * values, which Cypher parameters and JSON documents often are.
 */
public final class OrderedMap {

  private OrderedMap() {}

  public static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Keys and values must come in pairs");
    }
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
