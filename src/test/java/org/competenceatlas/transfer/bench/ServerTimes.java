package org.competenceatlas.transfer.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The server's own time for the GraphQL requests between two readings of its Prometheus endpoint,
 * from the histogram of {@code http.server.requests} on {@code /graphql}: from the request's
 * arrival to the answer's last byte written, without the driver's own time. A driver JVM on the
 * same two cores adds its own compilation and collections to what it measures, most in its first
 * minute; this reading does not.
 */
final class ServerTimes {

  private static final Pattern BOUND = Pattern.compile("le=\"([^\"]+)\"");

  /** Requests counted at or under each bucket's upper bound, in seconds, summed over tags. */
  private final TreeMap<Double, Double> atMost;

  private ServerTimes(TreeMap<Double, Double> atMost) {
    this.atMost = atMost;
  }

  static ServerTimes read(String prometheus) {
    var buckets = new TreeMap<Double, Double>();
    for (var line : prometheus.split("\n")) {
      if (line.startsWith("http_server_requests_seconds_bucket{")
          && line.contains("uri=\"/graphql\"")
          && line.contains("method=\"POST\"")) {
        var bound = BOUND.matcher(line);
        if (bound.find()) {
          double le = bound.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : parse(bound);
          double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          buckets.merge(le, count, Double::sum);
        }
      }
    }
    return new ServerTimes(buckets);
  }

  private static double parse(java.util.regex.Matcher bound) {
    return Double.parseDouble(bound.group(1));
  }

  /**
   * The p50, p95 and p99 of the requests counted since {@code before}, each as the upper bound of
   * its bucket in milliseconds (the histogram's resolution), or a note when nothing was counted.
   */
  String since(ServerTimes before) {
    var counted = new TreeMap<Double, Double>();
    for (Map.Entry<Double, Double> bucket : atMost.entrySet()) {
      counted.put(
          bucket.getKey(), bucket.getValue() - before.atMost.getOrDefault(bucket.getKey(), 0.0));
    }
    double total = counted.isEmpty() ? 0 : counted.lastEntry().getValue();
    if (total <= 0) {
      return "server: no /graphql histogram (is the metrics endpoint open?)";
    }
    return String.format(
        Locale.ROOT,
        "server, %d requests: p50 <= %s, p95 <= %s, p99 <= %s ms",
        (long) total,
        bound(counted, total, 0.50),
        bound(counted, total, 0.95),
        bound(counted, total, 0.99));
  }

  private static String bound(TreeMap<Double, Double> counted, double total, double quantile) {
    for (var bucket : counted.entrySet()) {
      if (bucket.getValue() >= quantile * total) {
        return bucket.getKey().isInfinite()
            ? "inf"
            : String.format(Locale.ROOT, "%.2f", bucket.getKey() * 1000);
      }
    }
    return "inf";
  }
}
