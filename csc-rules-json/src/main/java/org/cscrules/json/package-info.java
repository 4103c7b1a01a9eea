/**
 * The library's model as JSON: {@link org.cscrules.json.CscRulesJson} reads and writes every
 * request, policy, decision, record, state, event and transition, strictly and without loss;
 * {@link org.cscrules.json.RecordSeals} seals the records a council keeps, so that an alteration is
 * found out; {@link org.cscrules.json.UnreadableJsonException} says where a document does not fit,
 * never quoting the value given. Jackson is used inside and appears in no signature.
 *
 * <p>No argument or result is null unless marked {@link org.jspecify.annotations.Nullable} (the
 * package is {@code @NullMarked}): a seal's key, where "none" means an unkeyed seal.
 */
@NullMarked
package org.cscrules.json;

import org.jspecify.annotations.NullMarked;
