import { mentionsActor } from "../../actors/mentions";
import { gistOf, gistPoint } from "../../attribution/gist";
import type { Actor } from "../../domain/actor";
import type { AnswerPart } from "../../domain/answer";
import type { Sentence } from "../../domain/article";
import type { AnswerEngine, AnswerRequest, EngineAnswer } from "../../domain/engine";
import {
  actorLabel,
  noStatementAnswer,
  nothingAboutAnswer,
  nothingAnswersQuestion,
} from "../../domain/statusLines";
import { analyseQuestion, searchWords } from "../../retrieve/questionTerms";

/**
 * The offline follow-up engine: answers with the article's own best-matching sentences, each citing itself,
 * so it can never say more than the article. Nothing above the retrieval threshold → found: false. A question
 * about an actor that the retrieved passages never quote or show acting (by the offline briefing's stance
 * reading) gets that fact, cited where the actor appears.
 */

const maxAnswerParts = 3;
const maxMentionCitations = 3;

/** The sentences each asked actor itself says or does something in, per the briefing's stance reading. */
function ownWordsByActor(request: AnswerRequest): Map<string, Set<string>> {
  return new Map(
    request.stance.map((position) => [
      position.actor,
      new Set(position.points.filter((point) => point.kind === "stated").flatMap((point) => point.citations)),
    ]),
  );
}

/**
 * Who says a sentence, for a question about actors: the asked actor itself, or the claimant of what the
 * reading files as others' claim about it, set apart ("Ukraine, not Russia"), so a quote is never read as the
 * asked actor's own.
 */
function speakerOf(request: AnswerRequest, sentenceId: string, asked: readonly string[]): string | undefined {
  for (const actor of request.actors) {
    const position = request.stance.find((candidate) => candidate.actor === actor.name);
    const points = (position?.points ?? []).filter((point) => point.citations.includes(sentenceId));
    // One sentence read both ways ("Though China maintains ..., Western nations have accused China ..."): the
    // question about the claimant ("What do Western nations say about China?") is answered by their claim.
    const askedClaim = points.find(
      (point) =>
        point.kind === "attributed" &&
        point.claimant !== undefined &&
        searchWords(point.claimant).some((word) => asked.includes(word)),
    );
    for (const point of askedClaim ? [askedClaim] : points) {
      if (!point.citations.includes(sentenceId)) continue;
      if (point.kind === "stated") return actor.name;
      return `${point.claimant ?? "Others"}, not ${actorLabel(actor)}`;
    }
  }
  return undefined;
}

/** "Summarize China's stance in one line": the briefing's bottom line for the actor, in the article's words. */
function bottomLineAnswer(request: AnswerRequest, actor: Actor): AnswerPart | undefined {
  const point = gistPoint(request.stance, actor.name);
  return point ? { text: gistOf(point.text), citations: point.citations, speaker: actor.name } : undefined;
}

// Discourse openers that only make sense inside the article ("However, Ukraine contests ...").
const leadingConnective =
  /^(?:however|nevertheless|nonetheless|regardless|meanwhile|still|yet|but|and|moreover|furthermore|in addition|on the other hand|also)\s*,?\s+/i;

/** A sentence as an answer line: the article's words, without an opener that refers to what came before. */
function asAnswerLine(sentence: Sentence): AnswerPart {
  const trimmed = sentence.text.replace(leadingConnective, "");
  const text = trimmed === sentence.text ? trimmed : `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return { text, citations: [sentence.id] };
}

/** The offline engine reads the retrieved passages, as a model engine is sent them. */
const shownIds = (request: AnswerRequest) => request.passages.map((sentence) => sentence.id);

const answered = (request: AnswerRequest): EngineAnswer => ({
  engine: "offline",
  found: true,
  answer: [],
  shownSentenceIds: shownIds(request),
});

function notFound(request: AnswerRequest): EngineAnswer {
  const absent = request.actors.filter(
    (actor) => !request.passages.some((sentence) => mentionsActor(sentence.text, actor)),
  );
  const text = absent.length > 0 ? nothingAboutAnswer(absent) : nothingAnswersQuestion;
  return {
    engine: "offline",
    found: false,
    answer: [{ text, citations: [] }],
    shownSentenceIds: shownIds(request),
  };
}

export function createOfflineAnswerEngine(): AnswerEngine {
  return {
    id: "offline",
    async answer(request) {
      const byId = new Map(request.passages.map((sentence) => [sentence.id, sentence]));
      const best = request.bestMatches
        .map((id) => byId.get(id))
        .filter((sentence): sentence is Sentence => sentence !== undefined);
      if (best.length === 0) return notFound(request);

      const parts: AnswerPart[] = [];
      const cited = new Set<string>();
      const maxParts = request.asksBriefly ? 1 : maxAnswerParts;
      // "What did the EU say?" and a bare "What about the EU?" both ask for the actor's own position.
      const { asksForStance, contentTerms } = analyseQuestion(request.question, request.actors);
      const ownActs = new Set<string>();
      const asksAboutActors = asksForStance || contentTerms.length === 0;
      const [onlyActor] = request.actors;
      const bottomLine =
        asksAboutActors && request.asksBriefly && request.actors.length === 1 && onlyActor
          ? bottomLineAnswer(request, onlyActor)
          : undefined;
      if (bottomLine) return { ...answered(request), answer: [bottomLine] };
      if (asksAboutActors) {
        const ownWords = ownWordsByActor(request);
        for (const actor of request.actors) {
          const acts = ownWords.get(actor.name) ?? new Set<string>();
          const mentions = best.filter((sentence) => mentionsActor(sentence.text, actor));
          if (mentions.length === 0) {
            parts.push({ text: nothingAboutAnswer([actor]), citations: [] });
          } else if (acts.size === 0) {
            const citations = mentions.slice(0, maxMentionCitations).map((sentence) => sentence.id);
            parts.push({ text: noStatementAnswer(actor), citations });
            for (const id of citations) cited.add(id);
          }
          for (const id of acts) ownActs.add(id);
        }
      }
      // Among the best matches, the actor's own words first, then the rest in retrieval order.
      const ranked = [
        ...best.filter((sentence) => ownActs.has(sentence.id)),
        ...best.filter((sentence) => !ownActs.has(sentence.id)),
      ];
      for (const sentence of ranked) {
        if (parts.length >= maxParts) break;
        if (cited.has(sentence.id)) continue;
        const speaker = speakerOf(request, sentence.id, contentTerms);
        parts.push({ ...asAnswerLine(sentence), ...(speaker ? { speaker } : {}) });
        cited.add(sentence.id);
      }
      return { ...answered(request), answer: parts };
    },
  };
}
