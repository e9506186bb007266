/** Open Badges 3.0 credentials for validated claims and fully validated qualification units. */
package org.competenceatlas.badges;
