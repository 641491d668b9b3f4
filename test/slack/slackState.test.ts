import { describe, expect, it } from "vitest";
import { createSlackState } from "../../src/slack/slackState";
import { slackMarkupToPlainText } from "../../src/slack/slackText";
import { openDatabase } from "../../src/store/database";
import { temporaryDatabasePath } from "../support/tempDatabase";

describe("createSlackState", () => {
  it("claims a delivery once by any of its keys", () => {
    const state = createSlackState(openDatabase(":memory:"));
    expect(state.claimDelivery(["message:C1:1.1", "event:Ev1"])).toBe(true);
    expect(state.claimDelivery(["message:C1:1.1", "event:Ev2"])).toBe(false);
    expect(state.claimDelivery(["message:C1:1.2", "event:Ev1"])).toBe(false);
    expect(state.claimDelivery(["message:C1:1.3", "event:Ev3"])).toBe(true);
  });

  it("forgets old deliveries when pruned", () => {
    let now = 1_000_000;
    const state = createSlackState(openDatabase(":memory:"), () => now);
    state.claimDelivery(["event:Ev1"]);
    now += 60_000;
    expect(state.pruneDeliveries(30_000)).toBe(1);
    expect(state.claimDelivery(["event:Ev1"])).toBe(true);
  });

  it("keeps briefing threads and one vote per person across a reopen", () => {
    const databasePath = temporaryDatabasePath();
    const first = openDatabase(databasePath);
    const state = createSlackState(first);
    state.rememberBriefingThread({
      channel: "C1",
      ts: "1.1",
      slug: "xi-putin",
      articleHash: "h",
      requestedBy: "U1",
    });
    state.recordFeedback({ channel: "C1", messageTs: "1.1", user: "U1", vote: "up", slug: "xi-putin" });
    state.recordFeedback({ channel: "C1", messageTs: "1.1", user: "U1", vote: "down", slug: "xi-putin" });
    state.recordFeedback({ channel: "C1", messageTs: "1.1", user: "U2", vote: "down", slug: "xi-putin" });
    first.close();
    const reopened = createSlackState(openDatabase(databasePath));
    expect(reopened.findBriefingThread("C1", "1.1")).toEqual({
      channel: "C1",
      ts: "1.1",
      slug: "xi-putin",
      articleHash: "h",
      requestedBy: "U1",
    });
    expect(reopened.findBriefingThread("C1", "9.9")).toBeUndefined();
    expect(reopened.feedbackFor("C1", "1.1")).toEqual({ up: 0, down: 2 });
  });
});

describe("slackMarkupToPlainText", () => {
  it("turns Slack markup back into what the person typed, dropping the bot's own mention", () => {
    expect(slackMarkupToPlainText("<@UBOT> what did <@U123|ana> say?", "UBOT")).toBe("what did @ana say?");
    expect(slackMarkupToPlainText("<!channel> see <https://x.example|the truce> &lt;b&gt; &amp;")).toBe(
      "@channel see the truce (https://x.example) <b> &",
    );
    expect(slackMarkupToPlainText("<!subteam^S1|@desk> hi")).toBe("@desk hi");
  });
});
