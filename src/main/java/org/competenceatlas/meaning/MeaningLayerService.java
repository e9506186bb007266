package org.competenceatlas.meaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.competenceatlas.meaning.MeaningRepository.OutcomeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Computes the meaning layer of every scope whose outcomes changed since it was last computed:
 * embeds the outcomes whose text is new (in batches, each saved, so a stopped computation resumes
 * where it was), links the pairs whose meaning overlaps, writes the links as a new generation and
 * switches to it in one step. Several instances may share a database: a lease in the scope's {@code
 * :MeaningLayer} node lets one of them compute at a time.
 */
@Service
public class MeaningLayerService {

  private static final Logger log = LoggerFactory.getLogger(MeaningLayerService.class);

  private final MeaningRepository repository;
  private final MeaningProperties properties;
  private final String holder = "instance-" + UUID.randomUUID();
  private volatile SentenceModel model;
  private volatile SentenceModelUnavailableException loadFailure;
  private volatile Checked checked;
  private final AtomicLong refreshes = new AtomicLong();

  MeaningLayerService(MeaningRepository repository, MeaningProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  /** What one scope's refresh did. */
  public record Outcome(String scope, String result, String message) {}

  /** The state of every scope's meaning layer, with scopes never computed as ABSENT. */
  public List<MeaningLayerStatus> status() {
    var stored = new LinkedHashMap<String, MeaningLayerStatus>();
    for (var layer : repository.layers()) {
      var status = MeaningLayerStatus.fromStored(layer);
      stored.put(status.scope(), status);
    }
    for (var scope : repository.scopes()) {
      stored.putIfAbsent(scope, MeaningLayerStatus.absent(scope, properties.model()));
    }
    return List.copyOf(stored.values());
  }

  /**
   * A fingerprint of every source's layer (its state, when it was computed and what it was computed
   * from): equal fingerprints mean the stored embeddings did not change.
   */
  public String fingerprint() {
    long generation = refreshes.get();
    var fingerprint = LayerFingerprints.layers(properties.model(), repository.layers());
    checked = new Checked(fingerprint, System.nanoTime(), generation);
    return fingerprint;
  }

  /**
   * The {@link #fingerprint()}, asked of the graph at most every {@code
   * atlas.meaning.layer-check-interval}: a request that only needs to know whether the layer
   * changed (a computation by this or another instance) need not wait for a query each time. This
   * instance's own computations show at once.
   */
  public String recentFingerprint() {
    var last = checked;
    if (last != null
        && last.generation() == refreshes.get()
        && System.nanoTime() - last.at() < properties.layerCheckInterval().toNanos()) {
      return last.fingerprint();
    }
    return fingerprint();
  }

  /**
   * A fingerprint, when it was read, and how many refreshes had ended before the read began: one
   * read while this instance refreshed may be older than the refresh, and is not reused.
   */
  private record Checked(String fingerprint, long at, long generation) {}

  /**
   * The stored embeddings of every source's outcomes made by the configured model from the
   * outcomes' current text; an outcome not embedded yet (or whose text changed since) is left out.
   */
  public StoredVectors storedVectors() {
    var fingerprint = fingerprint();
    var ids = new ArrayList<String>();
    var vectors = new ArrayList<float[]>();
    for (var scope : repository.scopes()) {
      var keys = new LinkedHashMap<String, String>();
      for (var outcome : repository.outcomes(scope)) {
        var text = LayerFingerprints.text(outcome);
        if (text != null) {
          keys.put(outcome.id(), LayerFingerprints.key(properties.model(), text));
        }
      }
      var stored = repository.vectors(keys);
      for (var id : keys.keySet()) {
        var vector = stored.get(id);
        if (vector != null) {
          ids.add(id);
          vectors.add(vector);
        }
      }
    }
    return new StoredVectors(
        properties.model(), fingerprint, List.copyOf(ids), vectors.toArray(new float[0][]));
  }

  /** Computes every scope whose layer is out of date; a scope another instance computes is left. */
  public List<Outcome> refresh(MeaningProgress progress) {
    // A failed load is remembered until here, also when no layer needs the model now: the next
    // request tries again.
    loadFailure = null;
    try {
      return refreshScopes(progress);
    } finally {
      refreshes.incrementAndGet();
    }
  }

  /**
   * Checks every scope against its stored layer first and loads the model only when one needs
   * computing: an instance whose layers are current never pays the model's memory for them.
   */
  private List<Outcome> refreshScopes(MeaningProgress progress) {
    var scopes = repository.scopes();
    if (scopes.isEmpty()) {
      return List.of();
    }
    var hierarchy = repository.hierarchy();
    var layers = repository.layers();
    var results = new ArrayList<Outcome>();
    var stale = new ArrayList<Pending>();
    for (var scope : scopes) {
      try {
        var pending = pending(scope, hierarchy, layers);
        if (pending == null) {
          progress.note("Meaning layer of '" + scope + "' is up to date.");
          results.add(new Outcome(scope, "UP_TO_DATE", null));
        } else {
          stale.add(pending);
        }
      } catch (RuntimeException e) {
        results.add(failed(scope, properties.model(), e));
      }
    }
    if (stale.isEmpty()) {
      return results;
    }
    SentenceModel loaded;
    try {
      loaded = load();
    } catch (SentenceModelUnavailableException e) {
      var message =
          e.getMessage()
              + ". The meaning layer is off; transfers use the taxonomy's structure only.";
      progress.note(message);
      for (var pending : stale) {
        repository.recordState(
            pending.scope(),
            holder,
            MeaningLayerState.MODEL_UNAVAILABLE,
            message,
            properties.model());
        results.add(new Outcome(pending.scope(), "MODEL_UNAVAILABLE", message));
      }
      return results;
    }
    for (var pending : stale) {
      try {
        results.add(compute(pending, loaded, hierarchy, progress));
      } catch (RuntimeException e) {
        results.add(failed(pending.scope(), loaded.name(), e));
      }
    }
    return results;
  }

  private Outcome failed(String scope, String model, RuntimeException e) {
    log.error("The meaning layer of '{}' could not be computed", scope, e);
    var message = "The computation failed: " + e.getMessage();
    repository.recordState(scope, holder, MeaningLayerState.FAILED, message, model);
    return new Outcome(scope, "FAILED", message);
  }

  /** A scope's outcomes, their embedding keys and the basis a computation of them records. */
  private record Pending(
      String scope, List<OutcomeText> outcomes, Map<String, String> keys, String basis) {}

  /**
   * What computing {@code scope} would start from, or null when its stored layer is ready and was
   * computed from the same basis. The configured model's name is the name the loaded model reports,
   * so the check needs no model.
   */
  private Pending pending(
      String scope, MeaningRepository.HierarchyRows hierarchy, List<Map<String, Object>> layers) {
    var outcomes = repository.outcomes(scope);
    var keys = new LinkedHashMap<String, String>();
    for (var outcome : outcomes) {
      var text = LayerFingerprints.text(outcome);
      if (text != null) {
        keys.put(outcome.id(), LayerFingerprints.key(properties.model(), text));
      }
    }
    var basis = LayerFingerprints.basis(properties.model(), outcomes, keys, hierarchy);
    var layer = layers.stream().filter(l -> scope.equals(l.get("scope"))).findFirst();
    if (layer.isPresent()
        && MeaningLayerState.READY.name().equals(layer.get().get("state"))
        && basis.equals(layer.get().get("basis"))) {
      return null;
    }
    return new Pending(scope, outcomes, keys, basis);
  }

  private Outcome compute(
      Pending pending,
      SentenceModel model,
      MeaningRepository.HierarchyRows hierarchy,
      MeaningProgress progress) {
    long started = System.nanoTime();
    var scope = pending.scope();
    var outcomes = pending.outcomes();
    var keys = pending.keys();
    var basis = pending.basis();
    var claimed = repository.claim(scope, holder, leaseDuration(), model.name());
    if (claimed.isEmpty()) {
      progress.note("Meaning layer of '" + scope + "' is being computed by another instance.");
      return new Outcome(scope, "COMPUTING_ELSEWHERE", null);
    }
    long current = claimed.get();
    while (repository.deleteStaleLinks(scope, current, MeaningParameters.WRITE_BATCH) > 0) {
      renew(scope, "cleaning", 0, 0);
    }

    long embedStarted = System.nanoTime();
    int embedded = embed(scope, model, outcomes, keys, progress);
    double embedSeconds = seconds(embedStarted);

    long linkStarted = System.nanoTime();
    var vectors = repository.vectors(keys);
    var ids = outcomes.stream().map(OutcomeText::id).toList();
    var matrix = new float[ids.size()][];
    var knowledge = new boolean[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      matrix[i] = vectors.get(ids.get(i));
      knowledge[i] = outcomes.get(i).knowledge();
    }
    var structure = new OutcomeStructure(ids, hierarchy.broader(), hierarchy.groups());
    var links =
        SimilarityLinker.links(
            matrix,
            knowledge,
            structure,
            properties.threadCount(),
            done -> {
              progress.progress(scope, "linking", done, ids.size());
              if (done % 1024 < 64) {
                renew(scope, "linking", done, ids.size());
              }
            });
    double linkSeconds = seconds(linkStarted);

    long writeStarted = System.nanoTime();
    long generation = current + 1;
    var rows = new ArrayList<Map<String, Object>>(MeaningParameters.WRITE_BATCH);
    int written = 0;
    for (var link : links) {
      var row = new LinkedHashMap<String, Object>();
      row.put("a", ids.get(link.a()));
      row.put("b", ids.get(link.b()));
      row.put("score", round(link.score()));
      row.put("cosine", round(link.cosine()));
      row.put("via", link.sharedGroup() < 0 ? null : structure.conceptIds.get(link.sharedGroup()));
      rows.add(row);
      if (rows.size() == MeaningParameters.WRITE_BATCH) {
        repository.writeLinks(generation, List.copyOf(rows));
        written += rows.size();
        rows.clear();
        progress.progress(scope, "writing", written, links.size());
        renew(scope, "writing", written, links.size());
      }
    }
    if (!rows.isEmpty()) {
      repository.writeLinks(generation, List.copyOf(rows));
      written += rows.size();
      progress.progress(scope, "writing", written, links.size());
    }
    double writeSeconds = seconds(writeStarted);

    var summary = new LinkedHashMap<String, Object>();
    summary.put("basis", basis);
    summary.put("model", model.name());
    summary.put("version", MeaningParameters.VERSION);
    summary.put("outcomes", (long) outcomes.size());
    summary.put("embedded", (long) embedded);
    summary.put("links", (long) links.size());
    summary.put("seconds", seconds(started));
    summary.put("embedSeconds", embedSeconds);
    summary.put("linkSeconds", linkSeconds);
    summary.put("writeSeconds", writeSeconds);
    summary.put("phase", "done");
    if (!repository.switchGeneration(scope, holder, generation, summary)) {
      throw new IllegalStateException(
          "lost the claim on '" + scope + "' to another instance before switching");
    }
    while (repository.deleteStaleLinks(scope, generation, MeaningParameters.WRITE_BATCH) > 0) {
      // older generations go in batches, after the switch: readers already use the new one
    }
    var message =
        String.format(
            java.util.Locale.ROOT,
            "Meaning layer of '%s' computed in %.1f s: %,d outcomes (%,d embedded now, %.1f s),"
                + " %,d links (linking %.1f s, writing %.1f s).",
            scope,
            seconds(started),
            outcomes.size(),
            embedded,
            embedSeconds,
            links.size(),
            linkSeconds,
            writeSeconds);
    progress.note(message);
    return new Outcome(scope, "COMPUTED", message);
  }

  /** Embeds the outcomes whose stored embedding is missing or of another text, batch by batch. */
  private int embed(
      String scope,
      SentenceModel model,
      List<OutcomeText> outcomes,
      Map<String, String> keys,
      MeaningProgress progress) {
    var stored = repository.embeddingKeys(List.copyOf(keys.keySet()));
    var todo = new ArrayList<OutcomeText>();
    for (var outcome : outcomes) {
      var key = keys.get(outcome.id());
      if (key != null && !key.equals(stored.get(outcome.id()))) {
        todo.add(outcome);
      }
    }
    int total = keys.size();
    int done = total - todo.size();
    progress.progress(scope, "embedding", done, total);
    for (int start = 0; start < todo.size(); start += MeaningParameters.EMBED_BATCH) {
      var batch = todo.subList(start, Math.min(todo.size(), start + MeaningParameters.EMBED_BATCH));
      var vectors = model.embed(batch.stream().map(LayerFingerprints::text).toList());
      var rows = new ArrayList<Map<String, Object>>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        var id = batch.get(i).id();
        rows.add(Map.of("id", id, "key", keys.get(id), "vector", Vectors.toBytes(vectors[i])));
      }
      repository.saveEmbeddings(model.name(), rows);
      done += batch.size();
      progress.progress(scope, "embedding", done, total);
      renew(scope, "embedding", done, total);
    }
    return todo.size();
  }

  private void renew(String scope, String phase, long done, long total) {
    var state = Map.<String, Object>of("phase", phase, "done", done, "total", total);
    if (!repository.progress(scope, holder, leaseDuration(), state)) {
      throw new IllegalStateException(
          "lost the claim on '" + scope + "' to another instance while " + phase);
    }
  }

  private String leaseDuration() {
    return "PT" + properties.lease().toSeconds() + "S";
  }

  /**
   * The sentence model, loaded once. A model that fails to load is tried again at the next refresh
   * (its artifact may have been a transient class-path problem), not at every request: until then a
   * request is told the same failure at once, without waiting on the lock for another attempt.
   */
  public SentenceModel model() {
    var loaded = model;
    if (loaded != null) {
      return loaded;
    }
    var failed = loadFailure;
    if (failed != null) {
      throw failed;
    }
    return load();
  }

  private synchronized SentenceModel load() {
    var loaded = model;
    if (loaded != null) {
      return loaded;
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            properties.threadCount(),
            runnable -> {
              var thread = new Thread(runnable, "meaning-model");
              thread.setDaemon(true);
              return thread;
            });
    try {
      loaded = OnnxSentenceModels.load(properties.model(), executor);
    } catch (SentenceModelUnavailableException e) {
      executor.shutdownNow();
      loadFailure = e;
      throw e;
    } catch (RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
    loadFailure = null;
    model = loaded;
    return loaded;
  }

  boolean modelLoaded() {
    return model != null;
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
