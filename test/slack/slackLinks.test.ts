import { describe, expect, it } from "vitest";
import {
  firstLinkInMessage,
  firstLinkInText,
  linkInToken,
  ShortcutMessageSchema,
} from "../../src/slack/slackLinks";

describe("Slack links", () => {
  it("reads a command's link in Slack's forms and bare, with &amp; decoded", () => {
    expect(linkInToken("<https://news.example/a?x=1&amp;y=2|news.example/a>")).toBe(
      "https://news.example/a?x=1&y=2",
    );
    expect(linkInToken("<https://news.example/a>")).toBe("https://news.example/a");
    expect(linkInToken("https://news.example/a")).toBe("https://news.example/a");
    expect(linkInToken("HTTP://NEWS.EXAMPLE/A")).toBe("HTTP://NEWS.EXAMPLE/A");
    for (const notALink of [
      "xi-putin",
      "<@U123>",
      "<#C123|news>",
      "<mailto:a@b.example|a@b>",
      "ftp://x.example/",
      "<https://a b>",
    ])
      expect(linkInToken(notALink)).toBeUndefined();
  });

  it("finds a message's first link in its text, skipping mentions, else in rich text, else in unfurls", () => {
    expect(
      firstLinkInText("<@U1> see <#C1|news> and <https://a.example/1|this> or <https://b.example/2>"),
    ).toBe("https://a.example/1");
    const richText = ShortcutMessageSchema.parse({
      ts: "1.2",
      text: "read this",
      blocks: [
        {
          type: "rich_text",
          elements: [
            {
              type: "rich_text_section",
              elements: [
                { type: "text", text: "read " },
                { type: "link", url: "https://c.example/3" },
              ],
            },
          ],
        },
      ],
    });
    expect(firstLinkInMessage(richText)).toBe("https://c.example/3");
    const unfurled = ShortcutMessageSchema.parse({
      ts: "1.2",
      text: "",
      attachments: [{ original_url: "https://d.example/4" }],
    });
    expect(firstLinkInMessage(unfurled)).toBe("https://d.example/4");
    expect(
      firstLinkInMessage(ShortcutMessageSchema.parse({ ts: "1.2", text: "no link here <@U1>" })),
    ).toBeUndefined();
  });
});
