import type { ActionsBlock, KnownBlock, ModalView } from "@slack/types";
import { type SlackMessage, slackLimits } from "./blocks";

/**
 * The form for pasting an article's text (`/brief paste`, or the help's button): a title, an optional link
 * and the text. Pure Block Kit data; the Slack edge opens it with views.open and reads its submission.
 */

export const pasteArticleForm = {
  callbackId: "brief_paste_article",
  openActionId: "brief_open_paste_form",
  blocks: { title: "paste_title", url: "paste_url" },
  actions: { title: "title", url: "url", text: "text" },
  /** One box per 3,000 characters (Slack's most for a text input): the first is required, the rest optional. */
  textBlocks: ["paste_text", "paste_text_2", "paste_text_3", "paste_text_4"],
} as const;

export const pasteFormLimits = { title: 250, textPerBox: 3_000 } as const;

/** `privateMetadata` carries where the briefing goes (the channel the form was opened from). */
export function pasteArticleModal(privateMetadata: string): ModalView {
  const { blocks, actions } = pasteArticleForm;
  return {
    type: "modal",
    callback_id: pasteArticleForm.callbackId,
    private_metadata: privateMetadata,
    title: { type: "plain_text", text: "Brief an article" },
    submit: { type: "plain_text", text: "Brief it" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: blocks.title,
        label: { type: "plain_text", text: "Title" },
        element: {
          type: "plain_text_input",
          action_id: actions.title,
          max_length: pasteFormLimits.title,
          placeholder: { type: "plain_text", text: "The article's headline" },
        },
      },
      {
        type: "input",
        block_id: blocks.url,
        optional: true,
        label: { type: "plain_text", text: "Link" },
        hint: { type: "plain_text", text: "Kept with the briefing; not fetched." },
        element: { type: "url_text_input", action_id: actions.url },
      },
      ...pasteArticleForm.textBlocks.map(
        (blockId, index): KnownBlock => ({
          type: "input",
          block_id: blockId,
          optional: index > 0,
          label: {
            type: "plain_text",
            text: index === 0 ? "Article text" : `Article text, continued (${index + 1})`,
          },
          ...(index === 0
            ? {
                hint: {
                  type: "plain_text",
                  text: "One paragraph a line; lines starting with - are bullets. A box takes 3,000 characters: put the rest in the boxes below.",
                },
              }
            : {}),
          element: {
            type: "plain_text_input",
            action_id: actions.text,
            multiline: true,
            max_length: pasteFormLimits.textPerBox,
            ...(index === 0 ? { placeholder: { type: "plain_text", text: "Paste the article here" } } : {}),
          },
        }),
      ),
    ],
  };
}

/** Sections of at most Slack's 3,000 characters, cut between lines (a longer line is cut where it must). */
function sectionsOf(text: string, limit: number): KnownBlock[] {
  const sections: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const joined = current === "" ? line : `${current}\n${line}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current !== "") sections.push(current);
    let rest = line;
    while (rest.length > limit) {
      sections.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    current = rest;
  }
  if (current !== "") sections.push(current);
  return sections.map((section) => ({ type: "section", text: { type: "mrkdwn", text: section } }));
}

/** A message (the help) with a button under it that opens the form. */
export function withPasteButton(message: { text: string }): SlackMessage {
  const button: ActionsBlock = {
    type: "actions",
    block_id: "brief_paste",
    elements: [
      {
        type: "button",
        action_id: pasteArticleForm.openActionId,
        text: { type: "plain_text", text: "Paste an article" },
        value: "paste",
      },
    ],
  };
  const sections = sectionsOf(message.text, slackLimits.sectionText).slice(
    0,
    slackLimits.blocksPerMessage - 1,
  );
  return { text: message.text.slice(0, slackLimits.fallbackText), blocks: [...sections, button] };
}
