/** The connector-set format's machinery: YAML tree, overlay rule, reader, writers. Not part of the API. */
@NullMarked
package dev.connectkit.plan.yaml.internal;

import org.jspecify.annotations.NullMarked;
