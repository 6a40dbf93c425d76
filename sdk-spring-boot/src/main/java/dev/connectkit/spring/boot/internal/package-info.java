/** Machinery of the Spring Boot auto-configuration; not part of the API and may change in any release. */
@NullMarked
package dev.connectkit.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
