/** Watches: one list poll per client fanned out to every open watch. */
@NullMarked
package dev.connectkit.internal.watch;

import org.jspecify.annotations.NullMarked;
