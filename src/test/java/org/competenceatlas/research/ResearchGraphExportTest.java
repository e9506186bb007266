package org.competenceatlas.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.transfer.TransferMatrixExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

@AtlasTest
class ResearchGraphExportTest {

  private static final String ATTRIBUTION =
      "This service uses the ESCO classification of the European Commission.";

  @Autowired GraphExport export;
  @Autowired Driver driver;

  @Test
  void theGraphMlIsValidXmlWithDeclaredKeysUniqueNodesAndEdgesBetweenThem() throws Exception {
    var out = new StringWriter();

    var counts = export.writeGraphMl(out, 3);

    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document =
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    var root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo(GraphExport.GRAPHML_NS);
    assertThat(text(root, "desc")).contains(ATTRIBUTION);

    var keys = new HashMap<String, String>();
    var keyElements = root.getElementsByTagNameNS(GraphExport.GRAPHML_NS, "key");
    for (int i = 0; i < keyElements.getLength(); i++) {
      var key = (Element) keyElements.item(i);
      assertThat(keys.put(key.getAttribute("id"), key.getAttribute("for"))).isNull();
      assertThat(key.getAttribute("attr.type")).isIn("string", "int", "double");
    }
    var graph = (Element) root.getElementsByTagNameNS(GraphExport.GRAPHML_NS, "graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");

    var nodeIds = new HashSet<String>();
    var nodes = graph.getElementsByTagNameNS(GraphExport.GRAPHML_NS, "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      assertThat(nodeIds.add(((Element) nodes.item(i)).getAttribute("id"))).isTrue();
    }
    assertThat((long) nodeIds.size())
        .isEqualTo(
            count(
                "MATCH (n) WHERE n:Occupation OR n:LearningOutcome OR n:OutcomeGroup"
                    + " OR n:IscoGroup RETURN count(n)"));

    var edges = graph.getElementsByTagNameNS(GraphExport.GRAPHML_NS, "edge");
    var relationships = new HashMap<String, Long>();
    for (int i = 0; i < edges.getLength(); i++) {
      var edge = (Element) edges.item(i);
      assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
      var data = edge.getElementsByTagNameNS(GraphExport.GRAPHML_NS, "data");
      for (int j = 0; j < data.getLength(); j++) {
        var item = (Element) data.item(j);
        assertThat(keys).containsEntry(item.getAttribute("key"), "edge");
        if (item.getAttribute("key").equals("e_relationship")) {
          relationships.merge(item.getTextContent(), 1L, Long::sum);
        }
      }
    }
    assertThat(relationships.get("REQUIRES"))
        .isEqualTo(count("MATCH (:Occupation)-[r:REQUIRES]->(:LearningOutcome) RETURN count(r)"));
    assertThat(relationships.get("IN_ISCO_GROUP"))
        .isEqualTo(count("MATCH (:Occupation)-[r:IN_ISCO_GROUP]->(:IscoGroup) RETURN count(r)"));
    long occupations = count("MATCH (o:Occupation) RETURN count(o)");
    assertThat(relationships.get("TRANSFER")).isEqualTo(3 * occupations);
    assertThat(counts.get("TRANSFER")).isEqualTo(3 * occupations);
    var nodeData = graph.getElementsByTagNameNS(GraphExport.GRAPHML_NS, "data");
    for (int i = 0; i < nodeData.getLength(); i++) {
      var item = (Element) nodeData.item(i);
      assertThat(keys).containsKey(item.getAttribute("key"));
    }
  }

  @Test
  void theCsvExportWritesOneFilePerTableWithTheAttributionAndTheDocumentedColumns(
      @TempDir Path folder) throws Exception {
    var counts = export.writeCsv(folder, 2);

    for (var table : ExportTable.TAXONOMY) {
      var lines = Files.readAllLines(folder.resolve(table.name() + ".csv"));
      assertThat(lines.get(0)).isEqualTo("# " + ATTRIBUTION);
      assertThat(lines.get(1))
          .isEqualTo(
              table.columns().stream()
                  .map(ExportTable.Column::name)
                  .collect(Collectors.joining(",")));
      assertThat(counts.get(table.name() + ".csv")).isEqualTo(lines.size() - 2L);
    }
    assertThat(Files.readAllLines(folder.resolve("occupations.csv")).get(1))
        .isEqualTo("id,code,isco_code,label,status,source");
    assertThat(counts.get("requirements.csv"))
        .isEqualTo(count("MATCH (:Occupation)-[r:REQUIRES]->(:LearningOutcome) RETURN count(r)"));
    assertThat(counts.get("learning_outcomes.csv"))
        .isEqualTo(count("MATCH (lo:LearningOutcome) RETURN count(lo)"));
    var transfers = Files.readAllLines(folder.resolve(GraphExport.TRANSFERS_FILE));
    assertThat(transfers.get(0)).isEqualTo("# " + ATTRIBUTION);
    assertThat(transfers.get(1)).isEqualTo(TransferMatrixExport.HEADER);
    assertThat(transfers).hasSize(2 + (int) (2 * count("MATCH (o:Occupation) RETURN count(o)")));
  }

  @Test
  void textThatXmlCannotCarryIsDroppedFromLabels() {
    assertThat(GraphExport.clean("bell\u0007 and tab\t")).isEqualTo("bell and tab\t");
  }

  private long count(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(GraphExport.GRAPHML_NS, name).item(0).getTextContent();
  }
}
