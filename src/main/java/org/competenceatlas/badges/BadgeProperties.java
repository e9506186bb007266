package org.competenceatlas.badges;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the Open Badges this server exports.
 *
 * @param issuerId the issuer profile's URI, placed in every credential's {@code issuer.id}
 * @param issuerName the issuer's name
 * @param issuerUrl the issuer's home page
 */
@ConfigurationProperties("atlas.badges")
public record BadgeProperties(
    @DefaultValue("https://competence-atlas.example/issuer") String issuerId,
    @DefaultValue("Competence Atlas") String issuerName,
    @DefaultValue("https://competence-atlas.example") String issuerUrl) {}
