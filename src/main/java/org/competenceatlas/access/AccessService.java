package org.competenceatlas.access;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.competenceatlas.common.Abbreviate;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Connection;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.common.PageRequest;
import org.competenceatlas.common.UserDirectory;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.learner.PortfolioChanges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's grants, their access log, and the signed-in user's own view. */
@Service
@Transactional
class AccessService {

  static final int MAX_GRANTEE_LENGTH = 200;

  private final AccessRepository repository;
  private final PortfolioChanges changes;
  private final LearnerService learners;
  private final ObjectProvider<UserDirectory> users;
  private final AccessLogWriter accessLog;

  AccessService(
      AccessRepository repository,
      PortfolioChanges changes,
      LearnerService learners,
      ObjectProvider<UserDirectory> users,
      AccessLogWriter accessLog) {
    this.repository = repository;
    this.changes = changes;
    this.learners = learners;
    this.users = users;
    this.accessLog = accessLog;
  }

  AccessGrant grant(Actor actor, String learnerId, AccessGrantInput input) {
    var grantee = input.grantee() == null ? "" : input.grantee().strip();
    if (grantee.isEmpty() || grantee.length() > MAX_GRANTEE_LENGTH) {
      throw new InvalidInputException(
          "grant.grantee",
          "grantee must be the user name of an adviser or assessor, 1 to "
              + MAX_GRANTEE_LENGTH
              + " characters");
    }
    if (grantee.equals(actor.name())) {
      throw new InvalidInputException(
          "grant.grantee", "A learner cannot grant access to themselves; name someone else");
    }
    var directory = users.getIfAvailable();
    if (directory != null && directory.exists(grantee).equals(Optional.of(false))) {
      throw new InvalidInputException(
          "grant.grantee",
          "'"
              + Abbreviate.of(grantee)
              + "' is no user of this service; name the user name of an adviser or assessor");
    }
    var expiresAt = expiry(input.expiresAt());
    lock(learnerId);
    accessLog.closeRefusalWindowsOf(learnerId);
    return repository
        .grant(learnerId, actor.name(), grantee, input.role(), expiresAt)
        .orElseThrow(() -> new NotFoundException("learner", learnerId));
  }

  AccessGrant revoke(Actor actor, String learnerId, String grantId) {
    lock(learnerId);
    accessLog.closeRefusalWindowsOf(learnerId);
    return repository
        .revoke(learnerId, actor.name(), grantId)
        .orElseThrow(() -> new NotFoundException("grant of this learner", grantId));
  }

  @Transactional(readOnly = true)
  List<AccessGrant> grants(String learnerId) {
    return repository.grants(learnerId);
  }

  @Transactional(readOnly = true)
  Connection<AccessEvent> log(String learnerId, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var rows =
        repository.log(learnerId, page.offset(), page.probeSize()).stream()
            .map(event -> new Connection.Scored<>(event, null))
            .toList();
    return Connection.of(page, rows);
  }

  @Transactional(readOnly = true)
  Me me(Actor actor) {
    return new Me(actor, learners.ownedBy(actor.name()).orElse(null));
  }

  @Transactional(readOnly = true)
  List<ReceivedGrant> received(Actor actor) {
    return repository.received(actor.name());
  }

  /**
   * A grant replaces the holder's earlier grant in the same role: without the learner's lock, two
   * grants at once would both replace the same earlier one and leave two in force, and every later
   * grant would touch all of them (docs/reliability.md, "Why the soak collapsed").
   */
  private void lock(String learnerId) {
    changes.lock(learnerId);
  }

  private static ZonedDateTime expiry(String text) {
    if (text == null) {
      return null;
    }
    ZonedDateTime expiresAt;
    try {
      expiresAt = OffsetDateTime.parse(text).toZonedDateTime();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "grant.expiresAt",
          "expiresAt must be an ISO 8601 date-time with an offset, such as"
              + " 2027-01-31T17:00:00+01:00");
    }
    if (!expiresAt.isAfter(ZonedDateTime.now())) {
      throw new InvalidInputException("grant.expiresAt", "expiresAt must lie in the future");
    }
    return expiresAt;
  }
}
