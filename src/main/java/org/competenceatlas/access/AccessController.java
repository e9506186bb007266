package org.competenceatlas.access;

import java.util.List;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Connection;
import org.competenceatlas.infrastructure.ErasedDataPurge;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The learner's control over their data ({@code graphql-schema/access.graphqls}). Who may call each
 * field is decided by the {@code @access} directives before these methods run.
 */
@Controller
class AccessController {

  private final AccessService access;
  private final PersonalDataService personalData;
  private final AccessLogWriter accessLog;
  private final ErasedDataPurge purge;

  AccessController(
      AccessService access,
      PersonalDataService personalData,
      AccessLogWriter accessLog,
      ErasedDataPurge purge) {
    this.access = access;
    this.personalData = personalData;
    this.accessLog = accessLog;
    this.purge = purge;
  }

  @QueryMapping
  Me me(@ContextValue Actor actor) {
    return access.me(actor);
  }

  @QueryMapping
  List<AccessGrant> accessGrants(@Argument String learnerId) {
    return access.grants(learnerId);
  }

  @QueryMapping
  Connection<AccessEvent> accessLog(
      @Argument String learnerId, @Argument Integer first, @Argument String after) {
    return access.log(learnerId, first, after);
  }

  @QueryMapping
  PersonalDataExport personalDataExport(@Argument String learnerId) {
    return personalData.export(learnerId);
  }

  @MutationMapping
  AccessGrant grantAccess(
      @ContextValue Actor actor, @Argument String learnerId, @Argument AccessGrantInput grant) {
    return access.grant(actor, learnerId, grant);
  }

  @MutationMapping
  AccessGrant revokeAccess(
      @ContextValue Actor actor, @Argument String learnerId, @Argument String grantId) {
    return access.revoke(actor, learnerId, grantId);
  }

  @MutationMapping
  ErasureReport erasePersonalData(@Argument String learnerId, @Argument boolean confirm) {
    var report =
        accessLog.whileNoLineIsWrittenAbout(
            learnerId, () -> personalData.erase(learnerId, confirm));
    purge.afterErasure();
    return report;
  }

  @SchemaMapping(typeName = "Me", field = "grantsReceived")
  List<ReceivedGrant> grantsReceived(Me me) {
    return access.received(me.actor());
  }

  @SchemaMapping(typeName = "AccessGrant", field = "active")
  boolean active(AccessGrant grant) {
    return grant.active();
  }
}
