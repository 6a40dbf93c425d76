/** The machinery of {@code dev.connectkit.plan}: diffing, fingerprints, rendering, ledger storage, the apply executor. */
@NullMarked
package dev.connectkit.plan.internal;

import org.jspecify.annotations.NullMarked;
