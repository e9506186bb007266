package org.competenceatlas.access;

import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.common.OrderedMap;
import org.competenceatlas.learner.PortfolioChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learner's rights of access, portability and erasure. Export and erasure use the same walk
 * through the learner's own nodes, so erasure deletes exactly what the export shows.
 */
@Service
class PersonalDataService {

  static final String FORMAT = "competence-atlas-personal-data/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PersonalDataRepository repository;
  private final PortfolioChanges changes;

  PersonalDataService(PersonalDataRepository repository, PortfolioChanges changes) {
    this.repository = repository;
    this.changes = changes;
  }

  @Transactional(readOnly = true)
  PersonalDataExport export(String learnerId) {
    var nodeIds = existing(learnerId);
    var nodes = repository.nodes(nodeIds);
    var relationships = repository.relationships(nodeIds);
    var exportedAt = ZonedDateTime.now();
    var keys = new LinkedHashMap<String, String>();
    nodes.forEach(node -> keys.put(node.nodeId(), key(node.properties(), node.nodeId())));

    var references = new LinkedHashMap<String, Map<String, Object>>();
    var relationshipsOut = new ArrayList<Map<String, Object>>();
    for (var relationship : relationships) {
      relationshipsOut.add(
          OrderedMap.of(
              "type", relationship.type(),
              "start", endpoint(relationship.start(), keys, references),
              "end", endpoint(relationship.end(), keys, references),
              "properties", plain(relationship.properties())));
    }
    var nodesOut =
        nodes.stream()
            .map(
                node ->
                    OrderedMap.of(
                        "key", keys.get(node.nodeId()),
                        "labels", node.labels(),
                        "properties", plain(node.properties())))
            .toList();
    var document =
        OrderedMap.of(
            "format", FORMAT,
            "learnerId", learnerId,
            "exportedAt", exportedAt.toString(),
            "nodes", nodesOut,
            "relationships", relationshipsOut,
            "references", List.copyOf(references.values()));
    return new PersonalDataExport(
        learnerId,
        exportedAt,
        nodes.size(),
        relationships.size(),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
  }

  @Transactional
  ErasureReport erase(String learnerId, boolean confirm) {
    if (!confirm) {
      throw new InvalidInputException(
          "confirm",
          "confirm must be true: erasure deletes the whole portfolio and cannot be undone");
    }
    // A change of the learner that started first commits before this reads what to delete; one
    // that comes after finds no learner.
    changes.lock(learnerId);
    var nodeIds = existing(learnerId);
    int validations =
        (int)
            repository.nodes(nodeIds).stream()
                .filter(node -> node.labels().contains("Validation"))
                .count();
    int relationships = repository.relationships(nodeIds).size();
    repository.delete(nodeIds);
    return new ErasureReport(learnerId, nodeIds.size(), relationships, validations);
  }

  private List<String> existing(String learnerId) {
    var nodeIds = repository.personalNodeIds(learnerId);
    if (nodeIds.isEmpty()) {
      throw new NotFoundException("learner", learnerId);
    }
    return nodeIds;
  }

  private static String endpoint(
      PersonalDataRepository.Endpoint end,
      Map<String, String> keys,
      Map<String, Map<String, Object>> references) {
    var own = keys.get(end.nodeId());
    if (own != null) {
      return own;
    }
    var key = end.key() == null ? end.nodeId() : end.key();
    references.putIfAbsent(end.nodeId(), OrderedMap.of("key", key, "labels", end.labels()));
    return key;
  }

  private static String key(Map<String, Object> properties, String nodeId) {
    return properties.get("id") instanceof String id ? id : nodeId;
  }

  /** Property values as JSON can hold them: dates and times as ISO 8601 text. */
  private static Map<String, Object> plain(Map<String, Object> properties) {
    var out = new LinkedHashMap<String, Object>();
    properties.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> out.put(entry.getKey(), plain(entry.getValue())));
    return out;
  }

  private static Object plain(Object value) {
    if (value instanceof TemporalAccessor || value instanceof TemporalAmount) {
      return value.toString();
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PersonalDataService::plain).toList();
    }
    return value;
  }
}
