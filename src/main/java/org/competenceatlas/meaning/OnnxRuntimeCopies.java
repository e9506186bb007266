package org.competenceatlas.meaning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the copies of its native libraries that ONNX Runtime writes into a new folder of the
 * system temp folder at each start. It asks the JVM to delete them at exit, but the folder before
 * the files, so an empty folder stayed behind after every run, and all 16 MB of them after a killed
 * one. Once loaded, a library no longer needs its file on Linux and macOS, so they go at once.
 * Where a loaded library cannot be deleted (Windows), ONNX Runtime's own clean-up at exit is left
 * to do what it can. The folder is also where it would extract a GPU provider on demand; the CPU
 * build this project ships has none.
 */
final class OnnxRuntimeCopies {

  private static final Logger log = LoggerFactory.getLogger(OnnxRuntimeCopies.class);

  private OnnxRuntimeCopies() {}

  /** The folder ONNX Runtime copied its libraries into, if it has loaded them in this process. */
  static Optional<Path> folder() {
    try {
      // Not public: ONNX Runtime keeps it in a private field of its loader.
      var field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      field.setAccessible(true);
      return field.get(null) instanceof Path folder ? Optional.of(folder) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.debug("ONNX Runtime's library folder is not known to this version of it", e);
      return Optional.empty();
    }
  }

  /** Deletes the copies and their folder; what cannot be deleted stays for the exit clean-up. */
  static void remove() {
    folder()
        .filter(Files::isDirectory)
        .ifPresent(
            folder -> {
              try (var files = Files.list(folder)) {
                for (var file : files.toList()) {
                  Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder);
                log.debug("Removed ONNX Runtime's copies of its libraries in {}", folder);
              } catch (IOException e) {
                log.debug("ONNX Runtime's copies of its libraries stay until exit", e);
              }
            });
  }
}
