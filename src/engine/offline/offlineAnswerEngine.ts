import { mentionsActor } from "../../actors/mentions";
import { type BriefingPlacement, placeBriefing } from "../../attribution/sentencePlacement";
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

/** The sentences the briefing places under each actor as its own words (a joint statement under each speaker). */
function ownWordsByActor(request: AnswerRequest, placement: BriefingPlacement): Map<string, Set<string>> {
  const ownWords = new Map(request.stance.map((position) => [position.actor, new Set<string>()]));
  const cited = request.stance.flatMap((position) => position.points.flatMap((point) => point.citations));
  for (const id of new Set(cited)) {
    const [placed] = placement.readingsOf(id);
    if (placed?.kind !== "stated") continue;
    for (const actor of [placed.actor, ...placed.alsoSaidBy]) ownWords.get(actor)?.add(id);
  }
  return ownWords;
}

/**
 * Who says a sentence, as its briefing places it (placeBriefing, as a channel message lists it): an actor ("China", "China and Russia" for a
 * joint statement), or the claimant of a claim about one, set apart ("Ukraine, not Russia"), as is a speaker
 * other than the asked actor the sentence is about ("Russia, not Ukraine"). A sentence the briefing also reads
 * as a claim by someone the question names ("What do Western nations say about China?") is labelled by it.
 */
function speakerOf(
  request: AnswerRequest,
  placement: BriefingPlacement,
  sentence: Sentence,
  asked: readonly string[],
): string | undefined {
  const readings = placement.readingsOf(sentence.id).filter((reading) => reading.kind !== "mentioned");
  const askedClaim = readings.find(
    (reading) =>
      reading.kind === "attributed" &&
      reading.claimant !== undefined &&
      searchWords(reading.claimant).some((word) => asked.includes(word)),
  );
  const reading = askedClaim ?? readings[0];
  if (!reading) return undefined;
  if (reading.kind === "attributed")
    return `${reading.claimant ?? "Others"}, not ${actorLabel({ name: reading.actor })}`;
  const speakers = [reading.actor, ...reading.alsoSaidBy];
  const setApart = request.actors.some((actor) => speakers.includes(actor.name))
    ? undefined
    : request.actors.find(
        (actor) =>
          readings.some((other) => other.actor === actor.name) || mentionsActor(sentence.text, actor),
      );
  return `${speakers.join(" and ")}${setApart ? `, not ${actorLabel(setApart)}` : ""}`;
}

/** "Summarize China's stance in one line": the briefing's bottom line for the actor, in the article's words. */
function bottomLineAnswer(placement: BriefingPlacement, actor: Actor): AnswerPart | undefined {
  const bottomLine = placement.bottomLines.get(actor.name);
  return bottomLine
    ? { text: bottomLine.text, citations: bottomLine.citations, speaker: actor.name }
    : undefined;
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
      const placement = placeBriefing(request.stance);
      const bottomLine =
        asksAboutActors && request.asksBriefly && request.actors.length === 1 && onlyActor
          ? bottomLineAnswer(placement, onlyActor)
          : undefined;
      if (bottomLine) return { ...answered(request), answer: [bottomLine] };
      if (asksAboutActors) {
        const ownWords = ownWordsByActor(request, placement);
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
        const speaker = speakerOf(request, placement, sentence, contentTerms);
        parts.push({ ...asAnswerLine(sentence), ...(speaker ? { speaker } : {}) });
        cited.add(sentence.id);
      }
      return { ...answered(request), answer: parts };
    },
  };
}
