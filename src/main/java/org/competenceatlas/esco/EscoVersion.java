package org.competenceatlas.esco;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/** ESCO release versions such as {@code 1.2.0}: read from a folder name, checked and ordered. */
final class EscoVersion {

  private static final Pattern VERSION = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,3}");
  private static final Pattern FOLDER =
      Pattern.compile("(?i)(?:esco[-_ ]?)?v?(\\d{1,4}(?:\\.\\d{1,4}){1,3})");

  /** Orders versions by their numbers: 1.2.0 &lt; 1.10.0; 1.2 equals 1.2.0. */
  static final Comparator<String> ORDER = EscoVersion::compare;

  private EscoVersion() {}

  /** The version a folder named {@code esco-1.2.0}, {@code v1.2.0} or {@code 1.2.0} holds. */
  static Optional<String> fromFolderName(String name) {
    var matcher = FOLDER.matcher(name);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  static boolean isValid(String version) {
    return version != null && VERSION.matcher(version).matches();
  }

  static int compare(String a, String b) {
    var left = a.split("\\.");
    var right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int l = i < left.length ? Integer.parseInt(left[i]) : 0;
      int r = i < right.length ? Integer.parseInt(right[i]) : 0;
      if (l != r) {
        return Integer.compare(l, r);
      }
    }
    return 0;
  }
}
