// One batch of ESCO OutcomeGroup nodes from release $version: created, or updated in place. Each row holds
// the node's properties; a null value removes a property the release no longer has (in the
// languages it brings). The node records every release it appears in, and is 'released' again
// should an earlier import have marked it deprecated.
UNWIND $rows AS row
MERGE (n:OutcomeGroup {id: row.id})
SET n += row,
    n.source = 'esco',
    n.status = 'released',
    n.deprecatedSince = null,
    n.releases = CASE
      WHEN $version IN coalesce(n.releases, []) THEN n.releases
      ELSE coalesce(n.releases, []) + $version
    END
