package org.competenceatlas.meaning;

/** One step up the taxonomy's hierarchy: a concept and its direct broader concept. */
record BroaderLink(String child, String parent) {}
