/** How the library's values are written as JSON where a default must not be written: not an API. */
package org.cscrules.core.internal.json;
