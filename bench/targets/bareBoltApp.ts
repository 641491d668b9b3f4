import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { benchBotToken, benchSigningSecret } from "../slackRequests";

/**
 * The floor for ack latency: a Bolt app with the same receiver and Web API client settings as brief-bot
 * that acks `/brief` and does nothing else. The bench is the one place outside src/slack that imports Bolt,
 * because this baseline must be plain Bolt.
 *
 * Usage: bareBoltApp.ts <port> <slack api url>
 */
const [portArgument, slackApiUrl] = process.argv.slice(2);
const port = Number(portArgument);

const receiver = new HTTPReceiver({ signingSecret: benchSigningSecret, endpoints: "/slack/events" });
const app = new App({
  token: benchBotToken,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: `${slackApiUrl?.replace(/\/$/, "")}/` },
});

app.command("/brief", async ({ ack }) => {
  await ack();
});

await app.start(port);
