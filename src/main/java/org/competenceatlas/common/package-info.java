/** Small types every capability shares: localised text, cursor pagination and the API's errors. */
package org.competenceatlas.common;
