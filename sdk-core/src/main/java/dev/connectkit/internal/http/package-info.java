/** Calls over HTTP: the retrying call, async reads, deadlines, auth and size interceptors, failures turned into typed, scrubbed exceptions. */
@NullMarked
package dev.connectkit.internal.http;

import org.jspecify.annotations.NullMarked;
