/**
 * Legal references: every category, timescale, rule and action of csc-rules carries a
 * {@link org.cscrules.core.law.Citation} to the provision it comes from, and says whether it rests
 * on statute, statutory guidance or local policy ({@link org.cscrules.core.law.Basis}).
 */
package org.cscrules.core.law;
