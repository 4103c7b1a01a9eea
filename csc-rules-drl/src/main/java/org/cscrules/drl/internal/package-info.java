/**
 * The facts the DRL rules match: a flattened, rule-friendly view of one request and the council's
 * settings, and the per-call sink rules write their findings to. Internal to csc-rules-drl: public
 * only because the generated rule classes must see them.
 */
package org.cscrules.drl.internal;
