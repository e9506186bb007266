/** Recognising: from a person's own words to the learning outcomes they hold, as suggestions. */
package org.competenceatlas.recognition;
