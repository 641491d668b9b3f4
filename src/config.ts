import path from "node:path";
import { z } from "zod";
import { BriefError } from "./domain/errors";

/** The only module that reads the environment. Everything else receives a Config. */

/** The repository root (from src/config.ts or the bundled dist/main.js alike), so default paths work from any working directory. */
export const projectRoot = path.resolve(import.meta.dirname, "..");

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
// Messages an operator can act on, not zod's "Invalid input: expected int, received number".
const wholeNumber = (message: string) => z.coerce.number({ error: message }).int(message);
const positiveWholeNumber = () =>
  wholeNumber("must be a whole number above 0").positive("must be a whole number above 0");
const positiveInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, positiveWholeNumber().default(fallback));
const nonNegativeInt = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    wholeNumber("must be a whole number, 0 or more")
      .nonnegative("must be a whole number, 0 or more")
      .default(fallback),
  );
const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, { error: `must be ${values.slice(0, -1).join(", ")} or ${values.at(-1)}` });

const coreEnvSchema = z.object({
  BRIEF_DB: z.preprocess(emptyToUndefined, z.string().default(path.join(projectRoot, "data", "brief.db"))),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
  ),
  BRIEF_ARTICLES_DIR: z.preprocess(
    emptyToUndefined,
    z.string().default(path.join(projectRoot, "data", "articles")),
  ),
  BRIEF_ENGINE: z.preprocess(emptyToUndefined, oneOf(["openai", "offline"]).optional()),
  BRIEF_MODEL: z.preprocess(emptyToUndefined, z.string().default("gpt-4.1-mini")),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(emptyToUndefined, z.url({ error: "must be a URL" }).optional()),
  BRIEF_LLM_TIMEOUT_MS: positiveInt(60_000),
  BRIEF_MAX_PROMPT_TOKENS: positiveInt(6_000),
  BRIEF_MAX_OUTPUT_TOKENS: positiveInt(2_000),
  BRIEF_MODEL_CONCURRENCY: positiveInt(4),
  BRIEF_THREAD_MAX_TURNS: positiveInt(12),
  BRIEF_THREAD_TOKEN_BUDGET: positiveInt(1_500),
  BRIEF_THREAD_MAX_AGE_DAYS: positiveInt(30),
  BRIEF_MAX_ARTICLE_BYTES: positiveInt(2 * 1024 * 1024),
  BRIEF_OFFLINE_TIME_BUDGET_MS: positiveInt(5_000),
  LOG_LEVEL: z.preprocess(emptyToUndefined, oneOf(["debug", "info", "warn", "error"]).optional()),
  BRIEF_FETCH_MAX_BYTES: positiveInt(5_000_000),
  BRIEF_FETCH_TIMEOUT_MS: positiveInt(15_000),
  BRIEF_FETCH_ALLOW_HOSTS: optionalString.transform((text, context) => {
    const problems: string[] = [];
    const hosts = parseAllowHosts(text ?? "", problems);
    for (const problem of problems) context.addIssue({ code: "custom", message: problem });
    return hosts;
  }),
  BRIEF_INGEST_USERS: optionalString,
  BRIEF_INGEST_CHANNELS: optionalString,
  BRIEF_FETCHES_PER_USER_PER_HOUR: positiveInt(30),
});

/**
 * The core config, derived from the environment by this schema (the type follows it). Paths with no variable
 * of their own (the actor catalog, the prompt files) live here too, so every module is handed them.
 */
const coreConfigSchema = coreEnvSchema
  .superRefine((env, context) => {
    const engine = env.BRIEF_ENGINE ?? (env.OPENAI_API_KEY ? "openai" : "offline");
    if (engine === "openai" && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL)
      context.addIssue({
        code: "custom",
        path: ["OPENAI_API_KEY"],
        message: "is required when BRIEF_ENGINE=openai (or set OPENAI_BASE_URL for a local server)",
      });
  })
  .transform((env) => ({
    databasePath: env.BRIEF_DB,
    /** Set: every table lives in this Postgres database (several instances may share it), not at databasePath. */
    databaseUrl: env.DATABASE_URL,
    articlesDirectory: env.BRIEF_ARTICLES_DIR,
    actorCatalogPath: path.join(projectRoot, "data", "actors.json"),
    promptsDirectory: path.join(projectRoot, "prompts"),
    engine: env.BRIEF_ENGINE ?? (env.OPENAI_API_KEY ? ("openai" as const) : ("offline" as const)),
    model: env.BRIEF_MODEL,
    openai: { apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL },
    llmTimeoutMs: env.BRIEF_LLM_TIMEOUT_MS,
    maxPromptTokens: env.BRIEF_MAX_PROMPT_TOKENS,
    maxOutputTokens: env.BRIEF_MAX_OUTPUT_TOKENS,
    modelConcurrency: env.BRIEF_MODEL_CONCURRENCY,
    thread: {
      maxTurns: env.BRIEF_THREAD_MAX_TURNS,
      tokenBudget: env.BRIEF_THREAD_TOKEN_BUDGET,
      maxAgeDays: env.BRIEF_THREAD_MAX_AGE_DAYS,
    },
    /** The largest article ingest accepts, in bytes of text. */
    maxArticleBytes: env.BRIEF_MAX_ARTICLE_BYTES,
    /** How long the offline briefing engine reads an article before it briefs on what it has read. */
    offlineTimeBudgetMs: env.BRIEF_OFFLINE_TIME_BUDGET_MS,
    /** Unset: each edge picks its own default (the app logs info, the CLI only warnings). */
    logLevel: env.LOG_LEVEL,
    /** Fetching pages for `/brief <url>` and `npm run ingest -- <url>` (see docs/ingest.md). */
    fetch: {
      maxBytes: env.BRIEF_FETCH_MAX_BYTES,
      timeoutMs: env.BRIEF_FETCH_TIMEOUT_MS,
      allowHosts: env.BRIEF_FETCH_ALLOW_HOSTS,
    },
    /** Who may add articles from Slack (undefined: anyone, anywhere), and how many fetches a person may start. */
    ingest: {
      users: listOf(env.BRIEF_INGEST_USERS),
      channels: listOf(env.BRIEF_INGEST_CHANNELS),
      fetchesPerUserPerHour: env.BRIEF_FETCHES_PER_USER_PER_HOUR,
    },
  }));
export type CoreConfig = z.output<typeof coreConfigSchema>;
export type EngineChoice = CoreConfig["engine"];

const slackEnvSchema = z.object({
  SLACK_BOT_TOKEN: z.string({ error: "is required" }).regex(/^xoxb-/, "must be a bot token (xoxb-...)"),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^xapp-/, "must be an app token (xapp-...)")
      .optional(),
  ),
  SLACK_API_URL: z.preprocess(emptyToUndefined, z.url({ error: "must be a URL" }).optional()),
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be a port number (0-65535)" })
      .int("must be a port number (0-65535)")
      .min(0, "must be a port number (0-65535)")
      .max(65_535, "must be a port number (0-65535)")
      .default(3000),
  ),
  BRIEF_JOB_THREADS: nonNegativeInt(2),
  BRIEF_JOB_CONCURRENCY: z.preprocess(emptyToUndefined, positiveWholeNumber().optional()),
  BRIEF_JOB_LEASE_MS: positiveInt(30_000),
  BRIEF_JOB_POLL_MS: positiveInt(1_000),
});

/** A host the operator lets the fetcher reach whatever its addresses (BRIEF_FETCH_ALLOW_HOSTS). */
export interface AllowedHost {
  /** Lower case; an IPv6 address without brackets. */
  host: string;
  /** Undefined: the standard ports 80 and 443 only. */
  port: number | undefined;
}

/** `127.0.0.1:8080, intranet.example, [::1]:8443` → entries; a malformed entry is named in `problems`. */
export function parseAllowHosts(text: string, problems: string[]): AllowedHost[] {
  const hosts: AllowedHost[] = [];
  for (const entry of text.split(",").map((part) => part.trim())) {
    if (entry === "") continue;
    let url: URL | undefined;
    try {
      url = new URL(`http://${entry}/`);
    } catch {
      url = undefined;
    }
    if (url?.pathname !== "/" || url.username || url.search || url.hash) {
      problems.push(`entry '${entry}' is not host or host:port`);
      continue;
    }
    // URL drops the default port 80; an entry that wrote it still means port 80.
    const port = url.port === "" ? (/:80$/.test(entry) ? 80 : undefined) : Number(url.port);
    hosts.push({ host: url.hostname.replace(/^\[|\]$/g, "").toLowerCase(), port });
  }
  return hosts;
}

const listOf = (text: string | undefined) =>
  text
    ?.split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");

/** Socket Mode needs the app token; HTTP mode needs the signing secret to verify Slack's requests. */
export type SlackConfig = {
  botToken: string;
  apiUrl: string | undefined;
  port: number;
  jobs: JobsConfig;
} & (
  | { mode: "socket"; appToken: string; signingSecret?: string | undefined }
  | { mode: "http"; signingSecret: string; appToken?: undefined }
);

/** How the app runs its recorded jobs (src/jobs/). */
export interface JobsConfig {
  /** Worker threads running jobs; 0 runs them on the event loop that acks Slack (for debugging only). */
  threads: number;
  /** Jobs each thread runs at once (model calls wait on I/O; offline work takes turns on the thread). */
  concurrency: number;
  /** How long a claimed job is a worker's before another may take it; heartbeats renew it. */
  leaseMs: number;
  /** How often workers look for jobs nobody announced (other processes', lapsed leases, retries). */
  pollMs: number;
}

export type Environment = Record<string, string | undefined>;

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(environment)"} ${issue.message}`);
}

function parseOrCollect<T>(schema: z.ZodType<T>, env: Environment, problems: string[]): T | undefined {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  problems.push(...describeIssues(result.error));
  return undefined;
}

function configError(problems: string[]): BriefError {
  return new BriefError(
    "config",
    `Configuration problem${problems.length > 1 ? "s" : ""}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee .env.example.`,
    { problems },
  );
}

/** The config with the engine a command line asked for (`--engine`), checked like BRIEF_ENGINE. */
export function withEngineChoice(config: CoreConfig, requested: string): CoreConfig {
  if (requested !== "openai" && requested !== "offline")
    throw new BriefError("bad_input", `--engine must be openai or offline, not '${requested}'.`);
  if (requested === "openai" && !config.openai.apiKey && !config.openai.baseURL) {
    throw configError([
      "OPENAI_API_KEY is required for --engine openai (or set OPENAI_BASE_URL for a local server)",
    ]);
  }
  return { ...config, engine: requested };
}

/** Config for the CLI: everything but Slack. Throws one BriefError naming every bad variable. */
export function loadCoreConfig(env: Environment): CoreConfig {
  const problems: string[] = [];
  const config = parseOrCollect(coreConfigSchema, env, problems);
  if (!config || problems.length > 0) throw configError(problems);
  return config;
}

/** Config for the Slack app: core plus Slack, all problems reported together. */
export function loadAppConfig(env: Environment): { core: CoreConfig; slack: SlackConfig } {
  const problems: string[] = [];
  const core = parseOrCollect(coreConfigSchema, env, problems);
  const parsedSlack = parseOrCollect(slackEnvSchema, env, problems);
  // Checked on the raw environment so it is reported even when another Slack variable is also bad.
  const httpModeWithoutSecret = !env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim();
  if (httpModeWithoutSecret) {
    problems.push("SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
  }
  const slack = parsedSlack && toSlackConfig(parsedSlack, core?.engine ?? "offline");
  if (!core || !slack || problems.length > 0) throw configError(problems);
  return { core, slack };
}

/**
 * Jobs a thread runs at once, unless BRIEF_JOB_CONCURRENCY says: the offline engine's work is CPU, so more at
 * once only makes each wait longer. A model engine's jobs mostly wait on the model: they should wait in the
 * model's queue, where BRIEF_LLM_TIMEOUT_MS turns a long wait into the offline answer, not unclaimed in the
 * job table, where nothing does.
 */
const defaultJobConcurrency: Record<EngineChoice, number> = { offline: 4, openai: 256 };

/** The mode follows the app token; undefined when HTTP mode lacks its signing secret (reported above). */
function toSlackConfig(
  parsed: z.infer<typeof slackEnvSchema>,
  engine: EngineChoice,
): SlackConfig | undefined {
  const common = {
    botToken: parsed.SLACK_BOT_TOKEN,
    apiUrl: parsed.SLACK_API_URL,
    port: parsed.PORT,
    jobs: {
      threads: parsed.BRIEF_JOB_THREADS,
      concurrency: parsed.BRIEF_JOB_CONCURRENCY ?? defaultJobConcurrency[engine],
      leaseMs: parsed.BRIEF_JOB_LEASE_MS,
      pollMs: parsed.BRIEF_JOB_POLL_MS,
    },
  };
  if (parsed.SLACK_APP_TOKEN) {
    return {
      ...common,
      mode: "socket",
      appToken: parsed.SLACK_APP_TOKEN,
      signingSecret: parsed.SLACK_SIGNING_SECRET,
    };
  }
  if (!parsed.SLACK_SIGNING_SECRET) return undefined;
  return { ...common, mode: "http", signingSecret: parsed.SLACK_SIGNING_SECRET };
}

/** Reads process.env (after .env via dotenv). The one place the process environment is touched. */
export async function readProcessEnvironment(): Promise<Environment> {
  const dotenv = await import("dotenv");
  dotenv.config({ quiet: true });
  return { ...process.env };
}
