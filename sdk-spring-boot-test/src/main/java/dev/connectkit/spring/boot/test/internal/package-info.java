/** Machinery of {@code @AutoConfigureFakeConnectorApi}; not part of the API. */
@NullMarked
package dev.connectkit.spring.boot.test.internal;

import org.jspecify.annotations.NullMarked;
