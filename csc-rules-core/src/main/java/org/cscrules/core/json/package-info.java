/** The library's one JSON configuration, shared by the decision record and the command line. */
package org.cscrules.core.json;
