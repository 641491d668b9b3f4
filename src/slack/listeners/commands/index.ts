import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../../listenerDependencies";
import { briefCommand } from "./briefCommand";

export function registerCommandListeners(app: App, dependencies: ListenerDependencies): void {
  app.command("/brief", briefCommand(dependencies));
}
