import { type ParseArgsConfig, parseArgs } from "node:util";
import { loadCoreConfig, readProcessEnvironment, withEngineChoice } from "../config";
import { type ErrorCode, isBriefError, userMessageFor } from "../domain/errors";
import { createLogger } from "../log";
import { createServices, type Services } from "../services";

/** Exit codes: 0 ok, 1 failure on our side or in configuration, 2 a usage or input error by the caller. */
const exitCodeFor: Partial<Record<ErrorCode, number>> = {
  unknown_article: 2,
  bad_input: 2,
  bad_article_file: 2,
};

export class UsageError extends Error {}

export interface CliContext {
  services: Services;
  /** Parsed flags and positionals, per the command's parseArgs options. */
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  print(text: string): void;
}

/**
 * Runs one CLI command: parses flags, builds the services, maps failures to a one-line message and an exit
 * code. A user error never prints a stack trace.
 */
export async function runCli(command: {
  usage: string;
  options: ParseArgsConfig["options"];
  run(context: CliContext): Promise<void> | void;
  argv?: string[];
}): Promise<void> {
  let services: Services | undefined;
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: command.argv ?? process.argv.slice(2),
        options: command.options,
        allowPositionals: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      process.stdout.write(`${command.usage}\n`);
      return;
    }
    const environmentConfig = loadCoreConfig(await readProcessEnvironment());
    // `--engine openai|offline` on a command overrides BRIEF_ENGINE.
    const config =
      typeof parsed.values.engine === "string"
        ? withEngineChoice(environmentConfig, parsed.values.engine)
        : environmentConfig;
    const logger = createLogger({ level: config.logLevel ?? "warn" });
    services = createServices(config, logger);
    await command.run({
      services,
      values: parsed.values as CliContext["values"],
      positionals: parsed.positionals,
      print: (text) => process.stdout.write(`${text}\n`),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n` : ""}${command.usage}\n`);
      process.exitCode = 2;
    } else if (isBriefError(error)) {
      process.stderr.write(`${userMessageFor(error)}\n`);
      process.exitCode = exitCodeFor[error.code] ?? 1;
    } else {
      process.stderr.write(`Unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 1;
    }
  } finally {
    services?.close();
  }
}
