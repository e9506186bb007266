package org.competenceatlas.esco;

import static org.competenceatlas.esco.ConceptKind.ISCO_GROUP;
import static org.competenceatlas.esco.ConceptKind.LEARNING_OUTCOME;
import static org.competenceatlas.esco.ConceptKind.OCCUPATION;
import static org.competenceatlas.esco.ConceptKind.OUTCOME_GROUP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the relation and collection files of a release, which refer to the concepts read before by
 * URI: a reference to a concept the release does not hold leaves the row out.
 */
final class RelationFiles {

  static final Set<String> IMPORTANCES = Set.of("essential", "optional");

  private final ReleaseReading reading;
  private final EscoRelease release;

  RelationFiles(ReleaseReading reading) {
    this.reading = reading;
    this.release = reading.release();
  }

  void read() {
    var primary = reading.primary();
    reading.read(EscoFile.OCCUPATION_BROADER, primary, this::occupationBroader);
    reading.read(EscoFile.SKILL_BROADER, primary, this::skillBroader);
    reading.read(EscoFile.SKILLS_HIERARCHY, primary, this::skillsHierarchy);
    reading.read(EscoFile.OCCUPATION_SKILLS, primary, this::occupationSkill);
    reading.read(EscoFile.SKILL_SKILLS, primary, this::skillSkill);
    for (var file : EscoFile.values()) {
      if (file.collection() != null) {
        readCollection(file);
      }
    }
  }

  private void occupationBroader(CsvFile.Row row) {
    var kinds = Map.of("Occupation", OCCUPATION, "ISCOGroup", ISCO_GROUP);
    var from = reference(row, "conceptUri", "conceptType", kinds);
    var to = reference(row, "broaderUri", "broaderType", kinds);
    if (from == null || to == null) {
      return;
    }
    LinkType type;
    if (from.kind() == OCCUPATION) {
      type = to.kind() == OCCUPATION ? LinkType.OCCUPATION_BROADER : LinkType.IN_ISCO_GROUP;
    } else if (to.kind() == ISCO_GROUP) {
      type = LinkType.ISCO_GROUP_BROADER;
    } else {
      reading.skipRow(row, "an ISCO group cannot have an occupation as its broader concept");
      return;
    }
    release.link(type, from.id(), to.id(), null, reading.currentFile(), row.line());
  }

  private void skillBroader(CsvFile.Row row) {
    var kinds = Map.of("KnowledgeSkillCompetence", LEARNING_OUTCOME, "SkillGroup", OUTCOME_GROUP);
    var from = reference(row, "conceptUri", "conceptType", kinds);
    var to = reference(row, "broaderUri", "broaderType", kinds);
    if (from == null || to == null) {
      return;
    }
    LinkType type;
    if (from.kind() == LEARNING_OUTCOME) {
      type =
          to.kind() == OUTCOME_GROUP
              ? LinkType.OUTCOME_BROADER_GROUP
              : LinkType.OUTCOME_BROADER_OUTCOME;
    } else if (to.kind() == OUTCOME_GROUP) {
      type = LinkType.GROUP_BROADER;
    } else {
      reading.skipRow(row, "a skill group cannot have a skill as its broader concept");
      return;
    }
    release.link(type, from.id(), to.id(), null, reading.currentFile(), row.line());
  }

  /** Each row is a path from a top group down; its last two groups are a BROADER pair. */
  private void skillsHierarchy(CsvFile.Row row) {
    var path = new ArrayList<String>();
    for (int level = 0; level <= 3; level++) {
      var uri = row.get("Level " + level + " URI").strip();
      if (uri.isEmpty()) {
        break;
      }
      if (!release.has(OUTCOME_GROUP, uri)) {
        reading.skipRow(row, reading.dangling(uri, OUTCOME_GROUP));
        return;
      }
      path.add(uri);
    }
    if (path.isEmpty()) {
      reading.skipRow(row, "empty Level 0 URI");
      return;
    }
    if (path.size() > 1) {
      release.link(
          LinkType.GROUP_BROADER,
          path.get(path.size() - 1),
          path.get(path.size() - 2),
          null,
          reading.currentFile(),
          row.line());
    }
  }

  private void occupationSkill(CsvFile.Row row) {
    var occupation = reading.existing(row, "occupationUri", OCCUPATION);
    var skill = occupation == null ? null : reading.existing(row, "skillUri", LEARNING_OUTCOME);
    var importance = skill == null ? null : importance(row);
    if (importance != null) {
      release.link(
          LinkType.REQUIRES, occupation, skill, importance, reading.currentFile(), row.line());
    }
  }

  private void skillSkill(CsvFile.Row row) {
    var from = reading.existing(row, "originalSkillUri", LEARNING_OUTCOME);
    var to = from == null ? null : reading.existing(row, "relatedSkillUri", LEARNING_OUTCOME);
    var importance = to == null ? null : importance(row);
    if (importance != null) {
      release.link(LinkType.RELATED, from, to, importance, reading.currentFile(), row.line());
    }
  }

  private void readCollection(EscoFile file) {
    var members = file == EscoFile.RESEARCH_OCCUPATIONS_COLLECTION ? OCCUPATION : LEARNING_OUTCOME;
    var type =
        members == OCCUPATION ? LinkType.OCCUPATION_IN_COLLECTION : LinkType.OUTCOME_IN_COLLECTION;
    if (reading.folder().path(file, reading.primary()) != null) {
      var properties = new HashMap<String, Object>();
      properties.put("id", file.collection());
      properties.put("prefLabel_en", collectionLabel(file));
      release.concepts(ConceptKind.COLLECTION).put(file.collection(), properties);
    }
    reading.read(
        file,
        reading.primary(),
        row -> {
          var member = reading.existing(row, "conceptUri", members);
          if (member != null) {
            release.link(type, member, file.collection(), null, reading.currentFile(), row.line());
          }
        });
  }

  private static String collectionLabel(EscoFile file) {
    return switch (file) {
      case TRANSVERSAL_COLLECTION -> "transversal skills and competences";
      case DIGITAL_COLLECTION -> "digital skills";
      case DIGCOMP_COLLECTION -> "DigComp digital competences";
      case GREEN_COLLECTION -> "green skills";
      case LANGUAGE_COLLECTION -> "language skills and knowledge";
      case RESEARCH_SKILLS_COLLECTION -> "research skills";
      case RESEARCH_OCCUPATIONS_COLLECTION -> "research occupations";
      default -> throw new IllegalArgumentException(file.name());
    };
  }

  private record Reference(String id, ConceptKind kind) {}

  private Reference reference(
      CsvFile.Row row, String uriColumn, String typeColumn, Map<String, ConceptKind> kinds) {
    var id = reading.uri(row, uriColumn);
    if (id == null) {
      return null;
    }
    var declared = row.get(typeColumn).strip();
    var kind = kinds.get(declared);
    if (kind == null) {
      reading.skipRow(row, typeColumn + " '" + declared + "' is not one of " + kinds.keySet());
      return null;
    }
    if (!release.has(kind, id)) {
      reading.skipRow(row, reading.dangling(id, kind));
      return null;
    }
    return new Reference(id, kind);
  }

  private String importance(CsvFile.Row row) {
    var value = row.get("relationType").strip();
    if (!IMPORTANCES.contains(value)) {
      reading.skipRow(row, "relationType '" + value + "' is neither 'essential' nor 'optional'");
      return null;
    }
    return value;
  }
}
