import { afterEach, describe, expect, it } from "vitest";
import { defaultWebApiPolicy, rateLimitRetryAfter, slackPlatformError } from "../../src/slack/slackWebApi";
import { createWebApiThread, type WebApiThread } from "../../src/slack/webApiThread";
import { type FakeSlackApi, startFakeSlackApi } from "../support/fakeSlackApi";
import { recordingLogger } from "../support/modelPipeline";

const botToken = "xoxb-0000-fake-thread-token";

describe("the Web API worker thread", () => {
  let fake: FakeSlackApi | undefined;
  let thread: WebApiThread | undefined;
  afterEach(async () => {
    await thread?.close();
    await fake?.close();
  });

  async function start() {
    fake = await startFakeSlackApi();
    const { logger, lines } = recordingLogger();
    thread = createWebApiThread(
      { token: botToken, apiUrl: fake.apiUrl, policy: { ...defaultWebApiPolicy, timeoutMs: 2_000 } },
      logger,
    );
    return { fake, thread, lines };
  }

  it("posts with the bot token over real HTTP and returns Slack's result", async () => {
    const { fake, thread } = await start();
    const result = await thread.call("chat.postMessage", {
      channel: "C0FAKECHAN1",
      text: "hello",
      blocks: JSON.stringify([{ type: "section", text: { type: "mrkdwn", text: "hello" } }]),
      metadata: { event_type: "brief_bot_briefing", event_payload: { slug: "xi-putin" } },
    });

    const [call] = fake.callsTo("chat.postMessage");
    expect(result).toMatchObject({ ok: true, ts: call?.ts });
    expect(call?.token).toBe(botToken);
    expect(call?.params).toMatchObject({
      channel: "C0FAKECHAN1",
      blocks: [{ type: "section" }],
      metadata: { event_type: "brief_bot_briefing", event_payload: { slug: "xi-putin" } },
    });
  });

  it("start() resolves once the thread has loaded the SDK, and calls go to that thread", async () => {
    const { fake, thread, lines } = await start();
    await thread.start();
    await thread.call("chat.postMessage", { channel: "C1", text: "after start" });

    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(lines.filter((line) => String(line.event).startsWith("slack.web_api_thread"))).toEqual([]);
  });

  it("hands back Slack's errors with the fields callers read: the error string and Retry-After", async () => {
    const { fake, thread } = await start();
    fake.script(
      "chat.postMessage",
      { kind: "error", error: "not_in_channel" },
      { kind: "rate_limited", retryAfterSeconds: 7 },
    );

    const refused = await thread
      .call("chat.postMessage", { channel: "C1", text: "x" })
      .catch((e: unknown) => e);
    const limited = await thread
      .call("chat.postMessage", { channel: "C1", text: "x" })
      .catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(Error);
    expect(slackPlatformError(refused)).toBe("not_in_channel");
    expect(rateLimitRetryAfter(limited)).toBe(7);
    expect(slackPlatformError(limited)).toBeUndefined();
  });

  it("fails the calls of a thread that died with a clear error, logs it, and replaces the thread", async () => {
    const { fake, thread, lines } = await start();
    // A request the worker cannot read makes it throw outside any handler: the thread dies.
    const crashed = await thread.call("chat.postMessage", null as never).catch((e: unknown) => e);

    expect(String(crashed)).toMatch(/The Slack Web API thread stopped/);
    expect(lines.some((line) => line.event === "slack.web_api_thread_exited")).toBe(true);
    await expect(thread.call("chat.postMessage", { channel: "C1", text: "after" })).resolves.toMatchObject({
      ok: true,
    });
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("refuses calls once closed, and fails the ones in flight", async () => {
    const { thread } = await start();
    thread.start();
    const inFlight = thread.call("chat.postMessage", { channel: "C1", text: "x" }).catch((e: unknown) => e);
    await thread.close();

    expect(String(await inFlight)).toMatch(/stopped \(closed\)/);
    await expect(thread.call("chat.postMessage", { channel: "C1", text: "x" })).rejects.toThrow(/closed/);
  });
});
