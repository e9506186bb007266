package org.competenceatlas.recognition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code suggestOutcomes} over HTTP against a running instance, as one client sees it: the texts of
 * {@code evaluate-recognition --latency} (1,000 characters made of the narratives), sent one after
 * the other on one kept-alive connection, first {@code --warmup} calls unmeasured, then {@code
 * --calls} measured; prints their median, p95 and maximum. Every answer must come from the sentence
 * model: an instance without its meaning layer answers from the labels, which would measure
 * something else.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *   org.competenceatlas.recognition.RecognitionHttpBenchmark http://127.0.0.1:8080 \
 *   [--warmup=600] [--calls=300] [--narratives=src/test/resources/recognition-narratives]
 * </pre>
 */
public final class RecognitionHttpBenchmark {

  private static final String QUERY =
      "query Suggest($text: String!) { suggestOutcomes(text: $text, first: 10) { method"
          + " suggestions { outcome { id } strength phrase label description reuseLevel } } }";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RecognitionHttpBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: RecognitionHttpBenchmark <base url> [--warmup=600] [--calls=300]"
              + " [--narratives=src/test/resources/recognition-narratives]");
      System.exit(2);
    }
    var endpoint = URI.create(args[0].replaceAll("/+$", "") + "/graphql");
    int warmup = 600;
    int calls = 300;
    var narratives = Path.of("src/test/resources/recognition-narratives");
    for (var arg : Arrays.copyOfRange(args, 1, args.length)) {
      if (arg.startsWith("--warmup=")) {
        warmup = Integer.parseInt(arg.substring("--warmup=".length()));
      } else if (arg.startsWith("--calls=")) {
        calls = Integer.parseInt(arg.substring("--calls=".length()));
      } else if (arg.startsWith("--narratives=")) {
        narratives = Path.of(arg.substring("--narratives=".length()));
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    var texts = EvaluateRecognitionCommand.latencyTexts(narratives);
    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < warmup; i++) {
      suggest(http, endpoint, texts.get(i % texts.size()));
    }
    var millis = new double[calls];
    for (int i = 0; i < calls; i++) {
      long started = System.nanoTime();
      suggest(http, endpoint, texts.get((i + 7) % texts.size()));
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "suggestOutcomes over HTTP, one client, %d calls after %d: median %.1f ms, p95 %.1f ms,"
            + " max %.1f ms%n",
        calls,
        warmup,
        millis[calls / 2],
        millis[(int) Math.ceil(0.95 * calls) - 1],
        millis[calls - 1]);
  }

  private static void suggest(HttpClient http, URI endpoint, String text) throws Exception {
    var body = JSON.writeValueAsString(Map.of("query", QUERY, "variables", Map.of("text", text)));
    var request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    var answer = JSON.readTree(response.body());
    if (response.statusCode() != 200 || answer.has("errors")) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
    var method = answer.at("/data/suggestOutcomes/method").asString("");
    if (!method.equals(RecognitionService.SENTENCE_MODEL)) {
      throw new IllegalStateException(
          "answered by " + method + ", not the sentence model: compute the meaning layer first");
    }
  }
}
