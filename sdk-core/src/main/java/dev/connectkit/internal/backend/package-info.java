/** The seam to each target's REST contract: one Connect REST backend and what differs per target. */
@NullMarked
package dev.connectkit.internal.backend;

import org.jspecify.annotations.NullMarked;
