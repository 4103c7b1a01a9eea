/**
 * The facts the DRL rules match: a rule-friendly view of one request ({@code Complaint}) or one
 * event ({@code Move}), the facts the rules infer from them (standing, scope, the council's
 * readings), and the per-call sink the rules write their findings to; the council's {@code
 * LocalPolicy} is a fact of its own. Internal to csc-rules-drl, not an API: public only because the
 * generated rule classes must see them.
 */
package org.cscrules.drl.internal;
