import { describe, expect, it } from "vitest";
import { pasteArticleForm, pasteArticleModal, withPasteButton } from "../../src/render/pasteArticleForm";

describe("paste form", () => {
  it("asks for a title, an optional link and the text in boxes Slack accepts", () => {
    const modal = pasteArticleModal('{"channelId":"C1"}');
    expect(modal).toMatchObject({
      type: "modal",
      callback_id: pasteArticleForm.callbackId,
      private_metadata: '{"channelId":"C1"}',
    });
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    const inputs = modal.blocks.map((block) => ({
      id: block.block_id,
      optional: "optional" in block ? block.optional === true : false,
      maxLength: "element" in block && "max_length" in block.element ? block.element.max_length : undefined,
    }));
    expect(inputs).toEqual([
      { id: "paste_title", optional: false, maxLength: 250 },
      { id: "paste_url", optional: true, maxLength: undefined },
      { id: "paste_text", optional: false, maxLength: 3000 },
      { id: "paste_text_2", optional: true, maxLength: 3000 },
      { id: "paste_text_3", optional: true, maxLength: 3000 },
      { id: "paste_text_4", optional: true, maxLength: 3000 },
    ]);
  });

  it("puts a long help into sections of at most 3,000 characters, cut between lines, with the button last", () => {
    const lines = Array.from(
      { length: 120 },
      (_, index) => `• \`article-${index}\` — ${"A title of some length ".repeat(3)}`,
    );
    const message = withPasteButton({ text: lines.join("\n") });
    const sections = message.blocks
      .slice(0, -1)
      .map((block) => (block.type === "section" ? (block.text?.text ?? "") : ""));
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.length).toBeLessThanOrEqual(3000);
    expect(sections.join("\n")).toBe(lines.join("\n"));
    expect(message.blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ action_id: pasteArticleForm.openActionId }],
    });
  });
});
