package org.competenceatlas.infrastructure;

import ac.simons.neo4j.migrations.core.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;

/**
 * Stores created before the project used neo4j-migrations record their applied migrations as {@code
 * :SchemaMigration} nodes with a SHA-256 checksum of the file. On such a store's first start with
 * the library, those checksums are checked against the shipped files, so an edited migration is
 * still refused; then the library applies every migration once more and starts its own record. That
 * is safe because V001 to V007, the only ones a legacy record can name, all only create what does
 * not exist yet or move what has not moved yet. The old nodes stay as history.
 */
final class LegacyMigrationRecords {

  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.cypher");

  private final Driver driver;

  LegacyMigrationRecords(Driver driver) {
    this.driver = driver;
  }

  void check(Migrations migrations, List<URL> shipped) {
    var recorded = recorded();
    if (recorded.isEmpty() || migrations.info().getLastAppliedVersion().isPresent()) {
      return;
    }
    var files = new HashMap<Integer, URL>();
    for (var url : shipped) {
      var name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
      var matcher = VERSION.matcher(name);
      if (matcher.matches()) {
        files.put(Integer.parseInt(matcher.group(1)), url);
      }
    }
    recorded.forEach(
        (version, checksum) -> {
          var file = files.get(version);
          if (file == null || !checksum.equals(sha256(file))) {
            throw new IllegalStateException(
                "Schema migration V"
                    + version
                    + " was changed or removed after it was applied; add a new migration instead");
          }
        });
  }

  private Map<Integer, String> recorded() {
    var recorded = new HashMap<Integer, String>();
    try (var session = driver.session()) {
      session.executeRead(
          tx -> {
            recorded.clear();
            tx.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                .forEachRemaining(
                    row ->
                        recorded.put(row.get("version").asInt(), row.get("checksum").asString()));
            return null;
          });
    }
    return recorded;
  }

  /** The checksum the old records hold: SHA-256 of the file with Unix line ends, in hex. */
  static String sha256(URL file) {
    try (var in = file.openStream()) {
      var text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
