import { loadCoreConfig } from "../../src/config";
import { silentLogger } from "../../src/log";
import { createServices } from "../../src/services";
import { tokensOf } from "./fakeOpenAiServer";
import { modelReplyOf } from "./modelReplies";
import { temporaryDatabasePath } from "./tempDatabase";

/**
 * What the progressive briefing's tests have a model say about xi-putin: the offline engine's positions as
 * the model's reply (so verification keeps them), and how many tokens of it go up to the first actor's
 * object being complete (a paced reply paused there has told one actor).
 */
export async function xiPutinModelReply() {
  const offline = await createServices(
    loadCoreConfig({ BRIEF_DB: temporaryDatabasePath(), BRIEF_ENGINE: "offline" }),
    silentLogger,
  );
  try {
    const body = modelReplyOf(await offline.briefings.brief("xi-putin"));
    const content = JSON.stringify(body);
    const secondActor = content.indexOf('{"actor"', content.indexOf('{"actor"') + 1);
    return { body, tokensThroughFirstActor: tokensOf(content.slice(0, secondActor)) + 1 };
  } finally {
    await offline.close();
  }
}
