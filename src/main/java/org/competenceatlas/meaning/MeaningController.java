package org.competenceatlas.meaning;

import java.util.List;
import org.competenceatlas.taxonomy.TaxonomyRelease;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The meaning layer's state in the GraphQL API ({@code graphql-schema/meaning.graphqls}). */
@Controller
class MeaningController {

  private final MeaningLayerService service;

  MeaningController(MeaningLayerService service) {
    this.service = service;
  }

  @QueryMapping
  List<MeaningLayerStatus> meaningLayers() {
    return service.status();
  }

  @SchemaMapping(typeName = "TaxonomyRelease")
  MeaningLayerStatus meaningLayer(TaxonomyRelease release) {
    return service.status().stream()
        .filter(layer -> layer.scope().equals(release.source()))
        .findFirst()
        .orElse(null);
  }
}
