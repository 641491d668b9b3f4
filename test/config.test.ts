import { describe, expect, it } from "vitest";
import { loadAppConfig, loadCoreConfig } from "../src/config";
import { BriefError } from "../src/domain/errors";

function problemsOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(BriefError);
    return (error as BriefError).message;
  }
  throw new Error("expected a configuration error");
}

describe("config", () => {
  it("defaults to the offline engine without an API key and to openai with one", () => {
    expect(loadCoreConfig({}).engine).toBe("offline");
    expect(loadCoreConfig({ OPENAI_API_KEY: "sk-test" }).engine).toBe("openai");
    expect(loadCoreConfig({ OPENAI_API_KEY: "sk-test", BRIEF_ENGINE: "offline" }).engine).toBe("offline");
  });

  it("treats empty variables as unset", () => {
    const config = loadCoreConfig({ OPENAI_API_KEY: "", BRIEF_LLM_TIMEOUT_MS: "" });
    expect(config.engine).toBe("offline");
    expect(config.llmTimeoutMs).toBe(60_000);
  });

  it("names every bad core variable in one message", () => {
    const message = problemsOf(() =>
      loadCoreConfig({ BRIEF_ENGINE: "gpt", BRIEF_LLM_TIMEOUT_MS: "soon", OPENAI_BASE_URL: "not a url" }),
    );
    expect(message).toMatch(/BRIEF_ENGINE/);
    expect(message).toMatch(/BRIEF_LLM_TIMEOUT_MS/);
    expect(message).toMatch(/OPENAI_BASE_URL/);
  });

  it("says what each bad value should be, in words rather than the validator's", () => {
    const message = problemsOf(() =>
      loadCoreConfig({
        BRIEF_ENGINE: "gpt",
        LOG_LEVEL: "verbose",
        BRIEF_LLM_TIMEOUT_MS: "soon",
        BRIEF_MODEL_CONCURRENCY: "0",
        BRIEF_FETCH_MAX_BYTES: "1.5",
        OPENAI_BASE_URL: "not a url",
      }),
    );
    expect(message.split("\n")).toEqual([
      "Configuration problems:",
      "  - BRIEF_ENGINE must be openai or offline",
      "  - OPENAI_BASE_URL must be a URL",
      "  - BRIEF_LLM_TIMEOUT_MS must be a whole number above 0",
      "  - BRIEF_MODEL_CONCURRENCY must be a whole number above 0",
      "  - LOG_LEVEL must be debug, info, warn or error",
      "  - BRIEF_FETCH_MAX_BYTES must be a whole number above 0",
      "See .env.example.",
    ]);
    expect(
      problemsOf(() =>
        loadAppConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", BRIEF_JOB_THREADS: "-1" }),
      ),
    ).toContain("BRIEF_JOB_THREADS must be a whole number, 0 or more");
  });

  it("keeps every table in Postgres with a postgres:// DATABASE_URL, and never echoes a bad one", () => {
    expect(loadCoreConfig({}).databaseUrl).toBeUndefined();
    expect(loadCoreConfig({ DATABASE_URL: "postgres://brief:pw@db:5432/brief" }).databaseUrl).toBe(
      "postgres://brief:pw@db:5432/brief",
    );
    const message = problemsOf(() => loadCoreConfig({ DATABASE_URL: "mysql://brief:hunter2@db/brief" }));
    expect(message).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(message).not.toMatch(/hunter2/);
  });

  it("reads the fetch allow list and ingest limits, and names a malformed allow-list entry", () => {
    const config = loadCoreConfig({
      BRIEF_FETCH_ALLOW_HOSTS: "127.0.0.1:8080, Intranet.Example ,[::1]:8443,news.example:80",
      BRIEF_INGEST_USERS: "U1, U2",
      BRIEF_FETCH_MAX_BYTES: "1000",
    });
    expect(config.fetch).toEqual({
      maxBytes: 1000,
      timeoutMs: 15_000,
      allowHosts: [
        { host: "127.0.0.1", port: 8080 },
        { host: "intranet.example", port: undefined },
        { host: "::1", port: 8443 },
        { host: "news.example", port: 80 },
      ],
    });
    expect(config.ingest).toEqual({ users: ["U1", "U2"], channels: undefined, fetchesPerUserPerHour: 30 });
    const message = problemsOf(() =>
      loadCoreConfig({ BRIEF_FETCH_ALLOW_HOSTS: "ok.example,http://x/y", BRIEF_FETCH_TIMEOUT_MS: "0" }),
    );
    expect(message).toMatch(/BRIEF_FETCH_ALLOW_HOSTS entry 'http:\/\/x\/y' is not host or host:port/);
    expect(message).toMatch(/BRIEF_FETCH_TIMEOUT_MS/);
  });

  it("requires a key or a base URL for BRIEF_ENGINE=openai", () => {
    expect(problemsOf(() => loadCoreConfig({ BRIEF_ENGINE: "openai" }))).toMatch(/OPENAI_API_KEY/);
    expect(
      loadCoreConfig({ BRIEF_ENGINE: "openai", OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }).engine,
    ).toBe("openai");
  });

  it("names every missing Slack variable together with core problems, and never echoes a secret", () => {
    const message = problemsOf(() =>
      loadAppConfig({ SLACK_BOT_TOKEN: "xoxp-user-token-secret", BRIEF_ENGINE: "nope" }),
    );
    expect(message).toMatch(/SLACK_BOT_TOKEN must be a bot token/);
    expect(message).toMatch(/SLACK_SIGNING_SECRET is required in HTTP mode/);
    expect(message).toMatch(/BRIEF_ENGINE/);
    expect(message).not.toContain("xoxp-user-token-secret");
  });

  it("needs the signing secret in HTTP mode only", () => {
    expect(problemsOf(() => loadAppConfig({ SLACK_BOT_TOKEN: "xoxb-1" }))).toMatch(
      /SLACK_SIGNING_SECRET is required in HTTP mode/,
    );
    expect(loadAppConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack.mode).toBe("socket");
  });

  it("explains a bad PORT in words", () => {
    const message = problemsOf(() =>
      loadAppConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", PORT: "web" }),
    );
    expect(message).toContain("PORT must be a port number (0-65535)");
    expect(
      problemsOf(() =>
        loadAppConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", PORT: "70000" }),
      ),
    ).toContain("PORT must be a port number");
  });

  it("chooses Socket Mode with an app token and HTTP mode without", () => {
    const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };
    expect(loadAppConfig(base).slack).toMatchObject({ mode: "http", port: 3000 });
    expect(loadAppConfig({ ...base, SLACK_APP_TOKEN: "xapp-1", PORT: "8080" }).slack).toMatchObject({
      mode: "socket",
      port: 8080,
    });
  });
});
