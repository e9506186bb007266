package org.competenceatlas.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.competenceatlas.common.Connection.Scored;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;

/**
 * The labels of a set of concepts in a Lucene index in memory, built as the DBMS builds its
 * full-text label indexes (migration V002: a field per label property, the standard analyzer
 * without stop words) and searched with the same query text, so it finds what they find, scored as
 * a freshly built index scores (the graph's index counts deleted entries in its statistics until
 * Lucene merges them away). A search over Bolt cost about ten milliseconds of processor time, most
 * of it the round trip through the driver, the Bolt server and a transaction; here it costs a
 * fraction of one. Concepts of equal score come in the order of their English label.
 */
public final class LabelIndex<T extends Labelled> {

  private final List<T> concepts;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  private LabelIndex(List<T> concepts, IndexSearcher searcher) {
    this.concepts = concepts;
    this.searcher = searcher;
  }

  public static <T extends Labelled> LabelIndex<T> of(Collection<T> concepts) {
    var ordered = new ArrayList<>(concepts);
    ordered.sort(
        Comparator.comparing(
            (T concept) -> concept.labels().preferred().get(Labels.FALLBACK_LANGUAGE),
            Comparator.nullsLast(Comparator.naturalOrder())));
    var directory = new ByteBuffersDirectory();
    var analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    // Merging only neighbouring segments keeps the documents in the order added.
    var config = new IndexWriterConfig(analyzer).setMergePolicy(new LogDocMergePolicy());
    try (var writer = new IndexWriter(directory, config)) {
      for (var concept : ordered) {
        writer.addDocument(document(concept.labels()));
      }
      // One segment: document numbers are positions in the list.
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index labels in memory", e);
    }
    try {
      return new LabelIndex<>(
          List.copyOf(ordered), new IndexSearcher(DirectoryReader.open(directory)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the labels indexed in memory", e);
    }
  }

  private static Document document(Labels labels) {
    var document = new Document();
    labels
        .preferred()
        .forEach(
            (language, text) ->
                document.add(new TextField("prefLabel_" + language, text, Field.Store.NO)));
    labels
        .alternative()
        .forEach(
            (language, texts) -> {
              for (var text : texts) {
                document.add(new TextField("altLabels_" + language, text, Field.Store.NO));
              }
            });
    return document;
  }

  /** The concepts matching a query of {@link LabelSearch}, best first, from {@code skip} on. */
  public List<Scored<T>> search(String luceneQuery, int skip, int limit) {
    try {
      var query =
          new QueryParser("prefLabel_" + Labels.FALLBACK_LANGUAGE, analyzer).parse(luceneQuery);
      var hits = searcher.search(query, skip + limit).scoreDocs;
      var found = new ArrayList<Scored<T>>(Math.max(0, hits.length - skip));
      for (int i = skip; i < hits.length; i++) {
        found.add(new Scored<>(concepts.get(hits[i].doc), (double) hits[i].score));
      }
      return found;
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a label search: " + luceneQuery, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return concepts.size();
  }
}
