/** A Spring Boot service that watches its connectors: health, metrics and auto-restart from {@code connectkit.*}. */
@NullMarked
package dev.connectkit.samples.spring;

import org.jspecify.annotations.NullMarked;
