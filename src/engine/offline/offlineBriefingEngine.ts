import type { ActorPosition } from "../../briefing/schema";
import type { BriefingEngine } from "../types";

// Placeholder until the stance analysis lands: reports mentions only, never a position.
export function createOfflineBriefingEngine(): BriefingEngine {
  return {
    id: "offline",
    async brief({ sentences, actors }) {
      const positions: ActorPosition[] = actors.map((actor) => {
        const mentions = sentences.filter((sentence) =>
          actor.aliases.some((alias) => sentence.text.includes(alias)),
        );
        if (mentions.length === 0) return { actor: actor.name, status: "not_mentioned", points: [] };
        return {
          actor: actor.name,
          status: "none",
          summary: `No stated position in this article.`,
          points: [],
        };
      });
      return { engine: "offline", positions };
    },
  };
}
