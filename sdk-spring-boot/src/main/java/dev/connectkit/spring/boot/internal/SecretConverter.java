package dev.connectkit.spring.boot.internal;

import dev.connectkit.Secret;
import org.springframework.core.convert.converter.Converter;

/** Binds a property value to a {@link Secret}, so the bound object prints as {@code ****}. */
public final class SecretConverter implements Converter<String, Secret> {
  @Override
  public Secret convert(String source) {
    return Secret.of(source);
  }
}
