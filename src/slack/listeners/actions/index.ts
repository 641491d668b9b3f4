import type { App } from "@slack/bolt";
import { feedbackActionIds } from "../../../render/blocks";
import { sourcesActionId, suggestedQuestionActionPrefix } from "../../../render/briefingBlocks";
import { briefButtonActionPrefix } from "../../../render/commandBlocks";
import { pasteArticleForm } from "../../../render/pasteArticleForm";
import type { ListenerDependencies } from "../../listenerDependencies";
import { briefButton } from "./briefButton";
import { feedbackButton } from "./feedbackButton";
import { openPasteFormButton } from "./openPasteFormButton";
import { sourcesButton } from "./sourcesButton";
import { suggestedQuestionButton } from "./suggestedQuestionButton";

export function registerActionListeners(app: App, dependencies: ListenerDependencies): void {
  const handler = feedbackButton(dependencies);
  app.action(feedbackActionIds.up, handler);
  app.action(feedbackActionIds.down, handler);
  app.action(pasteArticleForm.openActionId, openPasteFormButton(dependencies));
  app.action(sourcesActionId, sourcesButton(dependencies));
  app.action(new RegExp(`^${briefButtonActionPrefix}:\\d+$`), briefButton(dependencies));
  app.action(new RegExp(`^${suggestedQuestionActionPrefix}:\\d+$`), suggestedQuestionButton(dependencies));
}
