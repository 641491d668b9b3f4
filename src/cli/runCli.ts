import { type ParseArgsConfig, parseArgs } from "node:util";
import { type Environment, loadCoreConfig, readProcessEnvironment, withEngineChoice } from "../config";
import { type ErrorCode, isBriefError, userMessageFor } from "../domain/errors";
import { createLogger, type Logger } from "../log";
import { createServices, type Services } from "../services";

/** Exit codes: 0 ok, 1 failure on our side or in configuration, 2 a usage or input error by the caller. */
const exitCodeFor: Partial<Record<ErrorCode, number>> = {
  unknown_article: 2,
  bad_input: 2,
  bad_article_file: 2,
  fetch_refused: 2,
  not_an_article: 2,
};

export class UsageError extends Error {}

export interface CliContext {
  services: Services;
  logger: Logger;
  /** Parsed flags and positionals, per the command's parseArgs options. */
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  print(text: string): void;
}

/** One command: its usage text, its flags, and what it does (returning 1 when it ran but failed). */
export interface CliCommand {
  usage: string;
  options: ParseArgsConfig["options"];
  run(context: CliContext): Promise<number | undefined> | number | undefined;
}

/** What a run reads and writes: the process's own in a terminal, a test's in-process. */
export interface CliInvocation {
  argv: string[];
  environment: Environment;
  writeOut(text: string): void;
  writeError(text: string): void;
}

/**
 * Runs one CLI command: parses flags, builds the services, maps failures to a one-line message, and returns
 * the exit code. A user error never prints a stack trace.
 */
export async function runCli(command: CliCommand, invocation: CliInvocation): Promise<number> {
  let services: Services | undefined;
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: invocation.argv, options: command.options, allowPositionals: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      invocation.writeOut(`${command.usage}\n`);
      return 0;
    }
    const environmentConfig = loadCoreConfig(invocation.environment);
    // `--engine openai|offline` on a command overrides BRIEF_ENGINE.
    const config =
      typeof parsed.values.engine === "string"
        ? withEngineChoice(environmentConfig, parsed.values.engine)
        : environmentConfig;
    const logger = createLogger({
      level: config.logLevel ?? "warn",
      write: (line) => invocation.writeError(`${line}\n`),
    });
    services = await createServices(config, logger);
    const exitCode = await command.run({
      services,
      logger,
      values: parsed.values as CliContext["values"],
      positionals: parsed.positionals,
      print: (text) => invocation.writeOut(`${text}\n`),
    });
    return exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      invocation.writeError(`${error.message ? `${error.message}\n` : ""}${command.usage}\n`);
      return 2;
    }
    if (isBriefError(error)) {
      invocation.writeError(`${userMessageFor(error)}\n`);
      return exitCodeFor[error.code] ?? 1;
    }
    invocation.writeError(`Unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  } finally {
    await services?.close();
  }
}

/** A command file's entry point: this process's arguments, environment (after .env) and streams. */
export async function runCliInThisProcess(command: CliCommand): Promise<void> {
  process.exitCode = await runCli(command, {
    argv: process.argv.slice(2),
    environment: await readProcessEnvironment(),
    writeOut: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
  });
}
