package org.competenceatlas.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxSentenceModelsTest {

  private static final List<String> TEXTS =
      List.of(
          "greet guests",
          "welcome visitors",
          "calibrate scales",
          "I went with my grandmother to the doctor and kept a calendar of her appointments");

  @Test
  void aLoadedModelLeavesNoCopyOfOnnxRuntimesLibrariesInTheTempFolderAndStillEmbeds() {
    var model = OnnxSentenceModels.load("all-minilm-l6-v2-q", Runnable::run);

    var folder = OnnxRuntimeCopies.folder();
    assertThat(folder).as("the folder ONNX Runtime copied its libraries into").isPresent();
    assertThat(folder.get()).doesNotExist();
    var vectors = model.embed(List.of("greet guests", "welcome visitors", "calibrate scales"));
    assertThat(Vectors.dot(vectors[0], vectors[1]))
        .isGreaterThan(Vectors.dot(vectors[0], vectors[2]));
  }

  @Test
  void theOneThreadSessionGivesTheVectorsOfTheLibrarysOwnSessionBitForBit() {
    var ours = OnnxSentenceModels.load("all-minilm-l6-v2-q", Runnable::run).embed(TEXTS);

    var library = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    for (int i = 0; i < TEXTS.size(); i++) {
      var theirs = Vectors.unit(library.embed(TEXTS.get(i)).content().vector());
      assertThat(ours[i]).as(TEXTS.get(i)).containsExactly(theirs);
    }
  }

  @Test
  void aModelWhoseArtifactNamesItsFilesOtherwiseIsLoadedThroughTheLibrarysClass() {
    var known = OnnxSentenceModels.KNOWN.get("all-minilm-l6-v2-q");
    var renamed =
        new OnnxSentenceModels.Known(
            known.className(),
            known.artifact(),
            known.textPrefix(),
            known.multilingual(),
            "a-name-no-artifact-uses",
            known.pooling());

    var viaClass = OnnxSentenceModels.load("renamed", renamed, Runnable::run).embed(TEXTS);

    var ours = OnnxSentenceModels.load("all-minilm-l6-v2-q", Runnable::run).embed(TEXTS);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(viaClass[i]).as(TEXTS.get(i)).containsExactly(ours[i]);
    }
  }
}
