package org.competenceatlas.research;

import static org.competenceatlas.transfer.TransferMatrixExport.ESCO_ATTRIBUTION;
import static org.competenceatlas.transfer.TransferMatrixExport.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.competenceatlas.transfer.TransferMatrixExport;
import org.springframework.stereotype.Service;

/**
 * The bulk export for research: the taxonomy tables ({@link ExportTable#TAXONOMY}) and the transfer
 * graph (each occupation's best destinations, from {@link TransferMatrixExport}), as a folder of
 * CSV files or as one GraphML file. Both stream: taxonomy rows are written as the read transaction
 * yields them, transfer rows one source occupation at a time. docs/research.md documents every
 * column and GraphML key.
 */
@Service
class GraphExport {

  static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  static final String TRANSFERS_FILE = "transfers.csv";
  static final String DESCRIPTION =
      "Competence Atlas export: occupations, learning outcomes, outcome groups, ISCO groups, their"
          + " requirements, hierarchy and relations, and the transfer graph (each occupation's best"
          + " destinations by transfer score). ";

  private final GraphExportRepository repository;
  private final TransferMatrixExport transfers;

  GraphExport(GraphExportRepository repository, TransferMatrixExport transfers) {
    this.repository = repository;
    this.transfers = transfers;
  }

  /** Writes one CSV file per table into {@code folder}; returns the rows written per file. */
  Map<String, Long> writeCsv(Path folder, int top) throws IOException {
    Files.createDirectories(folder);
    var counts = new LinkedHashMap<String, Long>();
    repository.stream(
        ExportTable.TAXONOMY,
        new GraphExportRepository.TableSink() {
          private Writer out;
          private long rows;

          @Override
          public void begin(ExportTable table) {
            try {
              out = writer(folder.resolve(table.name() + ".csv"));
              out.write("# " + ESCO_ATTRIBUTION + "\n");
              out.write(
                  table.columns().stream()
                          .map(ExportTable.Column::name)
                          .collect(Collectors.joining(","))
                      + "\n");
              rows = 0;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public void row(ExportTable table, List<Object> values) {
            try {
              out.write(
                  values.stream().map(GraphExport::csvValue).collect(Collectors.joining(",")));
              out.write('\n');
              rows++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public void end(ExportTable table) {
            try {
              out.close();
              counts.put(table.name() + ".csv", rows);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    try (var out = writer(folder.resolve(TRANSFERS_FILE))) {
      counts.put(TRANSFERS_FILE, transfers.write(out, top));
    }
    return counts;
  }

  /** Writes the whole export as one GraphML document; returns the nodes and edges written. */
  Map<String, Long> writeGraphMl(Writer out, int top) {
    try {
      var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      var counts = new LinkedHashMap<String, Long>();
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(GRAPHML_NS);
      xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      xml.writeAttribute(
          "http://www.w3.org/2001/XMLSchema-instance",
          "schemaLocation",
          GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      line(xml, 1);
      element(xml, "desc", DESCRIPTION + ESCO_ATTRIBUTION);
      line(xml, 1);
      key(xml, "attribution", "graph", "attribution", "string");
      for (var key : keys(false).entrySet()) {
        line(xml, 1);
        key(xml, "n_" + key.getKey(), "node", key.getKey(), key.getValue());
      }
      for (var key : keys(true).entrySet()) {
        line(xml, 1);
        key(xml, "e_" + key.getKey(), "edge", key.getKey(), key.getValue());
      }
      line(xml, 1);
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "competence-atlas");
      xml.writeAttribute("edgedefault", "directed");
      line(xml, 2);
      xml.writeStartElement("data");
      xml.writeAttribute("key", "attribution");
      xml.writeCharacters(ESCO_ATTRIBUTION);
      xml.writeEndElement();
      repository.stream(ExportTable.TAXONOMY, new GraphMlTables(xml, counts));
      long[] transferEdges = {0};
      transfers.forEach(
          top,
          row -> {
            try {
              line(xml, 2);
              xml.writeStartElement("edge");
              xml.writeAttribute("source", clean(row.sourceId()));
              xml.writeAttribute("target", clean(row.targetId()));
              data(xml, "e_relationship", "TRANSFER");
              data(xml, "e_rank", Integer.toString(row.rank()));
              data(xml, "e_score", number(row.parts().score()));
              data(xml, "e_essential_coverage", number(row.parts().essentialCoverage()));
              if (row.parts().optionalCoverage() != null) {
                data(xml, "e_optional_coverage", number(row.parts().optionalCoverage()));
              }
              xml.writeEndElement();
              transferEdges[0]++;
            } catch (XMLStreamException e) {
              throw new IllegalStateException(e);
            }
          });
      counts.put("TRANSFER", transferEdges[0]);
      line(xml, 1);
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      out.flush();
      return counts;
    } catch (XMLStreamException | IOException e) {
      throw new IllegalStateException("Could not write the GraphML export: " + e.getMessage(), e);
    }
  }

  /**
   * The GraphML attributes of nodes or edges: every column of the tables except the ids (the
   * element's own id, source and target), plus {@code kind} for nodes and the transfer scores for
   * edges.
   */
  static Map<String, String> keys(boolean edges) {
    var keys = new LinkedHashMap<String, String>();
    if (edges) {
      keys.put("relationship", "string");
    } else {
      keys.put("kind", "string");
    }
    for (var table : ExportTable.TAXONOMY) {
      if (table.edges() == edges) {
        table.columns().stream()
            .skip(edges ? 2 : 1)
            .forEach(column -> keys.putIfAbsent(column.name(), column.type()));
      }
    }
    if (edges) {
      keys.put("rank", "int");
      keys.put("score", "double");
      keys.put("essential_coverage", "double");
      keys.put("optional_coverage", "double");
    }
    return keys;
  }

  /** Writes the taxonomy rows as nodes and edges while the read transaction yields them. */
  private static final class GraphMlTables implements GraphExportRepository.TableSink {

    private final XMLStreamWriter xml;
    private final Map<String, Long> counts;
    private long rows;

    GraphMlTables(XMLStreamWriter xml, Map<String, Long> counts) {
      this.xml = xml;
      this.counts = counts;
    }

    @Override
    public void begin(ExportTable table) {
      rows = 0;
    }

    @Override
    public void row(ExportTable table, List<Object> values) {
      try {
        line(xml, 2);
        var columns = table.columns();
        if (table.edges()) {
          xml.writeStartElement("edge");
          xml.writeAttribute("source", clean(String.valueOf(values.get(0))));
          xml.writeAttribute("target", clean(String.valueOf(values.get(1))));
          if (!columns.get(2).name().equals("relationship")) {
            data(xml, "e_relationship", table.kind());
          }
          for (int i = 2; i < columns.size(); i++) {
            optionalData(xml, "e_" + columns.get(i).name(), values.get(i));
          }
        } else {
          xml.writeStartElement("node");
          xml.writeAttribute("id", clean(String.valueOf(values.get(0))));
          data(xml, "n_kind", table.kind());
          for (int i = 1; i < columns.size(); i++) {
            optionalData(xml, "n_" + columns.get(i).name(), values.get(i));
          }
        }
        xml.writeEndElement();
        rows++;
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void end(ExportTable table) {
      counts.put(table.kind(), rows);
    }
  }

  private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", target);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void optionalData(XMLStreamWriter xml, String key, Object value)
      throws XMLStreamException {
    if (value != null) {
      data(xml, key, value instanceof Double d ? number(d) : String.valueOf(value));
    }
  }

  private static void data(XMLStreamWriter xml, String key, String value)
      throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Drops the control characters XML 1.0 cannot carry, so no label can break the document. */
  static String clean(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
  }

  private static String csvValue(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof List<?> list) {
      return csv(list.stream().map(String::valueOf).collect(Collectors.joining("|")));
    }
    return csv(String.valueOf(value));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.5f", value);
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }
}
