package org.competenceatlas.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxSentenceModelsTest {

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
}
