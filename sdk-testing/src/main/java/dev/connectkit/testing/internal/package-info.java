/** Machinery behind {@link dev.connectkit.testing.FakeConnectorApi}; not public API, may change in any release. */
@NullMarked
package dev.connectkit.testing.internal;

import org.jspecify.annotations.NullMarked;
