import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../../listenerDependencies";
import { briefThisArticle, briefThisArticleCallbackId } from "./briefThisArticle";

export function registerShortcutListeners(app: App, dependencies: ListenerDependencies): void {
  app.shortcut(briefThisArticleCallbackId, briefThisArticle(dependencies));
}
