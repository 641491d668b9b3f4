/**
 * Slack sends message text in its own markup: `<@U123>`, `<!channel>`, `<https://x|label>` and `&lt;` for a
 * typed `<`. The core wants plain words, so a question is turned back into what the person typed.
 */
const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };

export function slackMarkupToPlainText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const [target = "", label] = inner.split("|", 2);
      if (botUserId && target === `@${botUserId}`) return "";
      if (target.startsWith("@") || target.startsWith("#"))
        return label ? `@${label.replace(/^@/, "")}` : target;
      if (target.startsWith("!")) return `@${(label ?? target.slice(1)).replace(/^@/, "").split("^")[0]}`;
      return label ? `${label} (${target})` : target;
    })
    .replace(/&(lt|gt|amp);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}
