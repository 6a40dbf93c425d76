package dev.connectkit.auth.internal;

import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.auth.TokenAcquisitionException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Gets one token from the Azure CLI: {@code az account get-access-token --output json --resource <resource> [--tenant
 * <tenant>]}. Reads {@code accessToken} and the expiry from {@code expires_on} (epoch seconds, CLI 2.54 and later) or
 * {@code expiresOn} (a local date-time, older CLIs). The command's output, which holds the token, never reaches a
 * message.
 */
public final class AzureCli implements Supplier<AccessToken> {
  private static final int MAX_OUTPUT = 1 << 20;
  private static final int MAX_STDERR_IN_MESSAGE = 500;
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private final String resource;
  private final @Nullable String tenantId;
  private final @Nullable Path executable;
  private final @Nullable String searchPath;
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param executable the {@code az} to run, or null to look it up on {@code searchPath}
   * @param searchPath the PATH to look {@code az} up on and to give the process, or null for this JVM's PATH
   * @param clock its zone reads the local date-times of older CLIs
   */
  public AzureCli(
      String resource,
      @Nullable String tenantId,
      @Nullable Path executable,
      @Nullable String searchPath,
      Duration timeout,
      Clock clock) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.tenantId = tenantId;
    this.executable = executable;
    this.searchPath = searchPath;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public AccessToken get() {
    Path az = executable != null ? executable : find();
    List<String> command = new ArrayList<>();
    String fileName = String.valueOf(az.getFileName()).toLowerCase(Locale.ROOT);
    if (WINDOWS && (fileName.endsWith(".cmd") || fileName.endsWith(".bat"))) {
      command.add("cmd.exe");
      command.add("/c");
    }
    command.add(az.toString());
    command.addAll(List.of("account", "get-access-token", "--output", "json", "--resource", resource));
    if (tenantId != null) {
      command.add("--tenant");
      command.add(tenantId);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    if (searchPath != null) {
      builder.environment().put("PATH", searchPath);
    }
    Result result = run(builder);
    if (result.exitCode != 0) {
      throw failed(result);
    }
    return parse(result.stdout);
  }

  private Path find() {
    String path = searchPath != null ? searchPath : System.getenv("PATH");
    String name = WINDOWS ? "az.cmd" : "az";
    if (path != null) {
      for (String dir : path.split(File.pathSeparator, -1)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir).resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new TokenAcquisitionException(
        "the Azure CLI (" + name + ") is not on the PATH: install it (https://aka.ms/azure-cli) and run 'az login', "
            + "or give its location to AzureCliTokenProvider.builder().executable(...)");
  }

  private Result run(ProcessBuilder builder) {
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new TokenAcquisitionException(
          "cannot run the Azure CLI (" + builder.command().get(0) + "): " + e.getMessage(), e);
    }
    try {
      process.getOutputStream().close(); // nothing to say: a prompt must fail, not wait
    } catch (IOException ignored) {
      // the process may already be gone; its exit code tells
    }
    CompletableFuture<String> stdout = drain(process.getInputStream(), "stdout");
    CompletableFuture<String> stderr = drain(process.getErrorStream(), "stderr");
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new TokenAcquisitionException(
            "'az account get-access-token' did not finish within " + describe(timeout) + " and was stopped; "
                + "check that 'az account get-access-token --resource " + resource + "' works in a shell");
      }
      return new Result(process.exitValue(), stdout.get(5, TimeUnit.SECONDS), stderr.get(5, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new TokenAcquisitionException("interrupted while waiting for the Azure CLI", e);
    } catch (ExecutionException | TimeoutException e) {
      kill(process);
      throw new TokenAcquisitionException("cannot read the Azure CLI's output: " + e.getClass().getSimpleName(), e);
    }
  }

  private static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static CompletableFuture<String> drain(InputStream in, String name) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream stream = in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n; (n = stream.read(buffer)) != -1; ) {
                  if (out.size() < MAX_OUTPUT) {
                    out.write(buffer, 0, Math.min(n, MAX_OUTPUT - out.size()));
                  }
                }
                result.complete(out.toString(StandardCharsets.UTF_8));
              } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            },
            "connectkit-az-" + name);
    reader.setDaemon(true);
    reader.start();
    return result;
  }

  private TokenAcquisitionException failed(Result result) {
    String stderr = result.stderr.replaceAll("\\s+", " ").trim();
    if (stderr.length() > MAX_STDERR_IN_MESSAGE) {
      stderr = stderr.substring(0, MAX_STDERR_IN_MESSAGE) + "…";
    }
    String said = stderr.isEmpty() ? "" : " The Azure CLI said: " + stderr;
    if (result.stderr.contains("az login")) {
      String login = tenantId != null ? "az login --tenant " + tenantId : "az login";
      return new TokenAcquisitionException(
          "the Azure CLI is not logged in, or its login has expired: run '" + login + "' and try again." + said);
    }
    return new TokenAcquisitionException(
        "'az account get-access-token --resource " + resource + "' failed with exit code " + result.exitCode + "."
            + said);
  }

  private AccessToken parse(String stdout) {
    Map<?, ?> json =
        Json.object(stdout)
            .orElseThrow(
                () -> new TokenAcquisitionException("the Azure CLI printed something other than a JSON object"));
    String token = Json.string(json, "accessToken");
    if (token == null) {
      throw new TokenAcquisitionException("the Azure CLI's answer has no accessToken");
    }
    Long expiresOn = Json.number(json, "expires_on");
    if (expiresOn != null) {
      return AccessToken.of(Secret.of(token), Instant.ofEpochSecond(expiresOn));
    }
    String localExpiry = Json.string(json, "expiresOn");
    if (localExpiry != null) {
      try {
        LocalDateTime local = LocalDateTime.parse(localExpiry.trim().replace(' ', 'T'));
        return AccessToken.of(Secret.of(token), local.atZone(clock.getZone()).toInstant());
      } catch (DateTimeParseException e) {
        throw new TokenAcquisitionException(
            "the Azure CLI's expiresOn is not a date-time: '" + localExpiry + "'", e);
      }
    }
    return AccessToken.of(Secret.of(token)); // no expiry given: renewed when the server says 401
  }

  private static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }
}
