import { describe, expect, it } from "vitest";
import { createStreamedArrayItems } from "../../../src/engine/openai/streamedArrayItems";

const reply = {
  positions: [
    {
      actor: "China",
      summary: 'Says "no {deal}" [S3] \\ then',
      points: [{ text: "a}b]c", citations: ["S3"] }],
    },
    { actor: "EU", summary: "", points: [] },
  ],
};

/** Each item returned, and after which piece it came. */
function feed(pieces: readonly string[]) {
  const items = createStreamedArrayItems();
  return pieces.flatMap((piece, index) => items.push(piece).map((item) => ({ item, after: index })));
}

describe("streamed array items", () => {
  it("hands over each item of the first array once its text is complete, whatever the pieces' cuts", () => {
    const text = JSON.stringify(reply);
    const firstEnds = text.indexOf('{"actor":"EU"') - 1;
    const characters = feed([...text]);
    expect(characters.map(({ item }) => item)).toEqual(reply.positions);
    // The first item comes with its closing brace, not later; braces and quotes in strings do not count.
    expect(characters[0]?.after).toBe(firstEnds - 1);
    expect(feed([text.slice(0, 20), text.slice(20, 90), text.slice(90)]).map(({ item }) => item)).toEqual(
      reply.positions,
    );
  });

  it("skips a Markdown fence before the object and what follows the array", () => {
    const text = `\`\`\`json\n${JSON.stringify({ ...reply, extra: [{ not: "an item" }] })}\n\`\`\``;
    expect(feed([text]).map(({ item }) => item)).toEqual(reply.positions);
  });

  it("gives nothing for an item that is not yet complete", () => {
    expect(feed(['{"positions":[{"actor":"China","points":[{"text":"a"}'])).toEqual([]);
  });
});
