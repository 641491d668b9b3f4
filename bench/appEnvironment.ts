import { benchBotToken, benchSigningSecret } from "./slackRequests";

/** The environment `npm start` gets in the bench: HTTP mode on a loopback port, fakes for Slack and the model. */
export function appEnvironment(options: {
  port: number;
  databasePath: string;
  slackApiUrl: string;
  engine: "offline" | "openai";
  openAiBaseUrl?: string;
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: benchBotToken,
    SLACK_SIGNING_SECRET: benchSigningSecret,
    SLACK_API_URL: options.slackApiUrl,
    // Empty: HTTP mode even if the developer's shell has an app token.
    SLACK_APP_TOKEN: "",
    PORT: String(options.port),
    BRIEF_DB: options.databasePath,
    BRIEF_ENGINE: options.engine,
    LOG_LEVEL: "info",
    ...(options.openAiBaseUrl
      ? { OPENAI_BASE_URL: options.openAiBaseUrl, OPENAI_API_KEY: "sk-bench-fake-key-0000" }
      : {}),
    ...options.extra,
  };
}
