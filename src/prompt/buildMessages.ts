import type { Actor } from "../domain/actor";
import type { ThreadTurn } from "../domain/answer";
import type { AnswerRequest, BriefingRequest } from "../domain/engine";
import { formatNumberedSentences, neutraliseDelimiters, selectSentencesWithinBudget } from "./articleExcerpt";
import { estimateTokens } from "./countTokens";
import { fillTemplate, type PromptTemplates } from "./promptTemplates";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface BriefingPrompt {
  messages: ChatMessage[];
  /** Sentence ids the model was shown: the only ids it may cite. */
  sentIds: Set<string>;
  omitted: number;
}

function actorList(actors: readonly Actor[]): string {
  return actors.length > 0 ? actors.map((actor) => actor.name).join(", ") : "(none named)";
}

/** The briefing prompt; a long article is cut to the actors' sentences so the prompt stays within budget. */
export function buildBriefingPrompt(
  templates: PromptTemplates,
  request: BriefingRequest,
  maxPromptTokens: number,
): BriefingPrompt {
  const fill = (numberedSentences: string) => [
    { role: "system" as const, content: templates.texts.briefingSystem },
    {
      role: "user" as const,
      content: fillTemplate(templates.texts.briefingUser, {
        article_title: neutraliseDelimiters(request.article.title),
        actors: actorList(request.actors),
        numbered_sentences: numberedSentences,
      }),
    },
  ];
  const frameTokens = fill("").reduce((total, message) => total + estimateTokens(message.content), 0);
  const excerpt = selectSentencesWithinBudget(
    request.sentences,
    request.actors,
    Math.max(0, maxPromptTokens - frameTokens),
  );
  return {
    messages: fill(formatNumberedSentences(excerpt.sentences)),
    sentIds: new Set(excerpt.sentences.map((sentence) => sentence.id)),
    omitted: excerpt.omitted,
  };
}

function formatHistory(history: readonly ThreadTurn[]): string {
  if (history.length === 0) return "(no earlier questions)";
  return history
    .map((turn) => {
      const citations = turn.citations.length > 0 ? ` [${turn.citations.join(", ")}]` : "";
      return `Q: ${neutraliseDelimiters(turn.question)}\nA: ${neutraliseDelimiters(turn.answer)}${citations}`;
    })
    .join("\n");
}

/** The follow-up prompt: retrieved passages and the bounded thread history, never the whole article. */
export function buildAnswerPrompt(templates: PromptTemplates, request: AnswerRequest): ChatMessage[] {
  return [
    { role: "system", content: templates.texts.answerSystem },
    {
      role: "user",
      content: fillTemplate(templates.texts.answerUser, {
        article_title: neutraliseDelimiters(request.article.title),
        actors: actorList(request.actors),
        history: formatHistory(request.history),
        numbered_sentences: formatNumberedSentences(request.passages),
        question: neutraliseDelimiters(request.question),
      }),
    },
  ];
}
