package org.competenceatlas.badges;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.OrderedMap;
import org.competenceatlas.learner.AssessmentFunction;
import org.competenceatlas.learner.Claim;
import org.competenceatlas.learner.ClaimStatus;
import org.competenceatlas.learner.Evidence;
import org.competenceatlas.learner.JudgementResult;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.learner.Validation;
import org.competenceatlas.qualification.QualificationService;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Open Badges 3.0 {@code OpenBadgeCredential} documents (Verifiable Credentials Data Model
 * 2.0 shape: {@code validFrom}, no {@code issuanceDate}). They are not signed: there is no {@code
 * proof}, so a verifier can read them but not check who issued them.
 */
@Service
@Transactional(readOnly = true)
class BadgeService {

  static final List<String> CONTEXT =
      List.of(
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final LearnerService learners;
  private final QualificationService qualifications;
  private final BadgeProperties properties;

  BadgeService(
      LearnerService learners, QualificationService qualifications, BadgeProperties properties) {
    this.learners = learners;
    this.qualifications = qualifications;
    this.properties = properties;
  }

  OpenBadge claimBadge(String learnerId, String claimId) {
    var claim = learners.claim(learnerId, claimId);
    if (claim.status() != ClaimStatus.VALIDATED) {
      throw new InvalidInputException(
          "claimId", "Only a VALIDATED claim becomes a badge; this claim is " + claim.status());
    }
    var outcome = claim.outcome();
    var validation = confirming(learnerId, List.of(claim));
    var achievement =
        achievement(
            outcome.id(),
            outcome.labels().preferred("en"),
            outcome.labels().description("en"),
            "Confirmed by an assessor in a summative validation (assessment of learning)"
                + against(validation)
                + ": the holder has shown the learning outcome '"
                + outcome.labels().preferred("en")
                + "'.",
            List.of(outcome));
    return credential(learnerId, achievement, List.of(claim), validation);
  }

  OpenBadge unitBadge(String learnerId, String unitId) {
    var unit = qualifications.unit(unitId);
    var outcomes = qualifications.unitOutcomes(List.of(unitId)).getOrDefault(unitId, List.of());
    var claims = new ArrayList<Claim>();
    var missing = new ArrayList<String>();
    var byOutcome = new LinkedHashMap<String, Claim>();
    learners.claims(learnerId).forEach(c -> byOutcome.put(c.outcome().id(), c));
    for (var outcome : outcomes) {
      var claim = byOutcome.get(outcome.id());
      if (claim != null && claim.status() == ClaimStatus.VALIDATED) {
        claims.add(claim);
      } else {
        missing.add(outcome.labels().preferred("en"));
      }
    }
    if (outcomes.isEmpty() || !missing.isEmpty()) {
      throw new InvalidInputException(
          "unitId",
          "Every outcome of the unit must be VALIDATED for a unit badge; not yet: " + missing);
    }
    var unitName = unit.unit().labels().preferred("en");
    var qualificationName = unit.qualification().labels().preferred("en");
    var achievement =
        achievement(
            unit.unit().id(),
            unitName,
            "Unit " + unit.unit().code() + " of " + qualificationName,
            "Every learning outcome of the unit '"
                + unitName
                + "' was confirmed by an assessor in a summative validation.",
            outcomes);
    return credential(learnerId, achievement, claims, confirming(learnerId, claims));
  }

  private Map<String, Object> achievement(
      String id, String name, String description, String criteria, List<LearningOutcome> aligned) {
    var achievement = new LinkedHashMap<String, Object>();
    achievement.put("id", id);
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "Competency");
    achievement.put("name", name);
    achievement.put("description", description == null ? name : description);
    achievement.put("criteria", Map.of("narrative", criteria));
    achievement.put(
        "alignment",
        aligned.stream()
            .map(
                outcome -> {
                  var alignment = new LinkedHashMap<String, Object>();
                  alignment.put("type", List.of("Alignment"));
                  alignment.put("targetName", outcome.labels().preferred("en"));
                  alignment.put("targetUrl", outcome.id());
                  alignment.put("targetType", "ceasn:Competency");
                  alignment.put("targetFramework", "ESCO skills and competences");
                  return alignment;
                })
            .toList());
    return achievement;
  }

  private OpenBadge credential(
      String learnerId,
      Map<String, Object> achievement,
      List<Claim> claims,
      Validation validation) {
    var id = "urn:uuid:" + UUID.randomUUID();
    var salt = UUID.randomUUID().toString();
    var subject = new LinkedHashMap<String, Object>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put(
        "identifier",
        List.of(
            OrderedMap.of(
                "type",
                List.of("IdentityObject"),
                "identityHash",
                "sha256$" + sha256(learnerId + salt),
                "identityType",
                "identifier",
                "hashed",
                true,
                "salt",
                salt)));
    subject.put("achievement", achievement);

    var issuer = new LinkedHashMap<String, Object>();
    issuer.put("id", properties.issuerId());
    issuer.put("type", List.of("Profile"));
    issuer.put("name", properties.issuerName());
    issuer.put("url", properties.issuerUrl());

    var credential = new LinkedHashMap<String, Object>();
    credential.put("@context", CONTEXT);
    credential.put("id", id);
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    // The credential names no person: the holder is known by the salted hash above alone, so a
    // badge passed on reveals nobody's name (docs/portfolio.md, "Open Badges").
    credential.put("name", achievement.get("name"));
    credential.put("issuer", issuer);
    credential.put("validFrom", validFrom(validation));
    credential.put("credentialSubject", subject);
    credential.put("evidence", evidence(claims, validation));
    return new OpenBadge(id, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(credential));
  }

  private List<Map<String, Object>> evidence(List<Claim> claims, Validation validation) {
    var out = new ArrayList<Map<String, Object>>();
    if (validation != null) {
      out.add(
          OrderedMap.of(
              "type",
              List.of("Evidence"),
              "name",
              "Validation " + validation.id(),
              "description",
              "Assessment of learning on " + validation.date() + " by an assessor of the issuer",
              "genre",
              "Assessment"));
    }
    var seen = new java.util.HashSet<String>();
    var byClaim = learners.claimEvidence(claims.stream().map(Claim::id).toList());
    for (var claim : claims) {
      for (Evidence item : byClaim.getOrDefault(claim.id(), List.of())) {
        if (!seen.add(item.id())) {
          continue;
        }
        var entry = new LinkedHashMap<String, Object>();
        entry.put("type", List.of("Evidence"));
        entry.put("name", item.title());
        entry.put("genre", item.kind().name());
        if (item.link() != null) {
          entry.put("description", item.link());
        }
        out.add(entry);
      }
    }
    return out;
  }

  /** The latest summative validation that confirmed any of these claims. */
  private Validation confirming(String learnerId, List<Claim> claims) {
    var ids = claims.stream().map(Claim::id).toList();
    return learners.validations(learnerId).stream()
        .filter(v -> v.function() == AssessmentFunction.OF_LEARNING)
        .filter(
            v ->
                v.judgements().stream()
                    .anyMatch(
                        j -> ids.contains(j.claimId()) && j.result() == JudgementResult.CONFIRMED))
        .findFirst()
        .orElse(null);
  }

  private static String against(Validation validation) {
    return validation == null || validation.against() == null
        ? ""
        : " against '" + validation.against().labels().preferred("en") + "'";
  }

  private static String validFrom(Validation validation) {
    var date = validation == null ? LocalDate.now() : validation.date();
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  private static String sha256(String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
