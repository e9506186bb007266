package org.competenceatlas.esco;

import java.nio.file.Path;

/**
 * What to import and how.
 *
 * @param dir the release folder
 * @param version the release's version; null to take it from the folder's name
 * @param strict true to refuse the whole release when any row would be skipped
 */
record ImportOptions(Path dir, String version, boolean strict) {}
