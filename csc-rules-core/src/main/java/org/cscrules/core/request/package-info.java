/**
 * What happened, in the statute's own terms: {@link org.cscrules.core.request.ComplaintRequest}
 * and its parts. Every category is an enum constant named after the provision it stands for and
 * carrying its citation. The model holds no names, addresses or free text: nothing personal is
 * needed to apply the law, so nothing personal can leak from a decision or a log.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core.request;

import org.jspecify.annotations.NullMarked;
