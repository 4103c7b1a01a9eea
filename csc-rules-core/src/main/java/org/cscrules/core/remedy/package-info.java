/**
 * The remedy list: which decisions and journeys a council kept this release answers differently,
 * the corrections behind each, and what the council should consider doing ({@link
 * org.cscrules.core.remedy.RemedyList}).
 */
package org.cscrules.core.remedy;
