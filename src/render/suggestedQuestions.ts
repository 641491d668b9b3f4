import { agentNouns } from "../attribution/lexicon";
import type { Briefing } from "../domain/briefing";
import { summaryCitations } from "../domain/briefing";
import { actorLabel } from "../domain/statusLines";
import { isStopWord, searchWords, statementCueWords } from "../retrieve/questionTerms";
import { isPluralName } from "./citationMarkers";

/**
 * Questions a reader may want to ask next, offered as buttons under the briefing. Each is drawn from what the
 * briefing found, so the article has sentences that answer it:
 * - a claim about an actor with its claimant named → "What does Ukraine say about Russia?";
 * - an actor the article mentions but that states nothing → "Does the article say anything on the EU's position?";
 * - a thing (a common noun) several of the cited sentences name → "What does the article say about the truce?";
 * - and, when fewer than two came from the above, an actor with a stated position → "Summarize China's stance in one line".
 */
export interface SuggestedQuestion {
  text: string;
  /** The sentences of the briefing it was drawn from, which an answer should cite. */
  from: string[];
}

export const maxSuggestedQuestions = 3;
/** A button's label holds at most 75 characters; a longer question is not offered. */
const maxQuestionCharacters = 75;
/** A claimant named in more words than this is a clause, not a name to ask about. */
const maxClaimantWords = 5;
/** A thing must be named in at least this many cited sentences to be worth a question. */
const minTopicSentences = 2;

const cueWords = new Set(statementCueWords);

/**
 * The claimant as written mid-sentence: "analysts" (a word the sentences also write in lower case, or a title
 * such as "diplomats"), but "Western officials", "Ukraine", "U.S. intelligence".
 */
function claimantInQuestion(claimant: string, articleWords: ReadonlySet<string>): string {
  const [first = "", ...rest] = claimant.split(/\s+/);
  const lower = first.toLowerCase();
  const common =
    first !== lower && !/[A-Z].*[A-Z.]/.test(first) && (articleWords.has(lower) || agentNouns.has(lower));
  return [common ? lower : first, ...rest].join(" ");
}

function claimQuestions(briefing: Briefing, articleWords: ReadonlySet<string>): SuggestedQuestion[] {
  return briefing.positions.flatMap((position) => {
    const claim = position.points.find(
      (point) =>
        point.kind === "attributed" &&
        point.claimant !== undefined &&
        point.claimant !== position.actor &&
        point.claimant.split(/\s+/).length <= maxClaimantWords,
    );
    if (!claim?.claimant) return [];
    const claimant = actorLabel({ name: claimantInQuestion(claim.claimant, articleWords) });
    const verb = isPluralName(claim.claimant) ? "do" : "does";
    return [
      {
        text: `What ${verb} ${claimant} say about ${actorLabel({ name: position.actor })}?`,
        from: claim.citations,
      },
    ];
  });
}

function noPositionQuestions(briefing: Briefing): SuggestedQuestion[] {
  return briefing.positions.flatMap((position) => {
    const mentionedIn = summaryCitations(position.summary);
    if (position.status !== "none" || mentionedIn.length === 0) return [];
    return [
      {
        text: `Does the article say anything on ${actorLabel({ name: position.actor })}'s position?`,
        from: mentionedIn,
      },
    ];
  });
}

const determiners = new Set(["the", "a", "an"]);

/**
 * The thing the cited sentences name most often: a lower-case word (so no name, which the actor questions
 * cover) in at least two of them that is no stop word, speech verb or title, and is used as a noun somewhere
 * ("the truce.", "a ceasefire that": after "the" or "a", before punctuation or a stop word, so "the
 * international community" makes no topic of "international"). Asked with the article the text used.
 */
function topicQuestion(briefing: Briefing, actorWords: ReadonlySet<string>): SuggestedQuestion[] {
  const sentencesWith = new Map<string, string[]>();
  const asNoun = new Map<string, string>();
  for (const source of briefing.sources) {
    const tokens = source.text.match(/[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu) ?? [];
    const seen = new Set<string>();
    tokens.forEach((word, index) => {
      if (word !== word.toLowerCase() || word.length < 4 || !/^\p{L}/u.test(word)) return;
      if (isStopWord(word) || cueWords.has(word) || agentNouns.has(word) || actorWords.has(word)) return;
      if (!seen.has(word)) sentencesWith.set(word, [...(sentencesWith.get(word) ?? []), source.id]);
      seen.add(word);
      const before = tokens[index - 1]?.toLowerCase() ?? "";
      const after = tokens[index + 1];
      const endsPhrase = after === undefined || !/^\p{L}/u.test(after) || isStopWord(after.toLowerCase());
      if (determiners.has(before) && endsPhrase && asNoun.get(word) !== "the")
        asNoun.set(word, before === "the" ? "the" : "a");
    });
  }
  const [best] = [...sentencesWith]
    .filter(([word, ids]) => ids.length >= minTopicSentences && asNoun.has(word))
    .sort((left, right) => right[1].length - left[1].length);
  if (!best) return [];
  const [word, ids] = best;
  const article = asNoun.get(word) === "the" ? "the" : /^[aeiou]/.test(word) ? "an" : "a";
  return [{ text: `What does the article say about ${article} ${word}?`, from: ids }];
}

function stanceQuestions(briefing: Briefing): SuggestedQuestion[] {
  return briefing.positions.flatMap((position) => {
    if (position.status !== "stated") return [];
    const stated = position.points.filter((point) => point.kind === "stated");
    return [
      {
        text: `Summarize ${actorLabel({ name: position.actor })}'s stance in one line`,
        from: stated.flatMap((point) => point.citations),
      },
    ];
  });
}

/** Two or three questions (fewer only for a briefing with little in it), one of each kind first. */
export function suggestQuestions(briefing: Briefing): SuggestedQuestion[] {
  // Words the cited sentences write in lower case: "Analysts" opening a sentence is "analysts" mid-question.
  const articleWords = new Set(
    briefing.sources.flatMap((source) => source.text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []),
  );
  const actorWords = new Set(briefing.actors.flatMap((actor) => searchWords(actor)));
  const claims = claimQuestions(briefing, articleWords);
  const unstated = noPositionQuestions(briefing);
  const kinds = [claims, unstated, topicQuestion(briefing, actorWords)];
  const ordered = [...kinds.flatMap((kind) => kind.slice(0, 1)), ...claims.slice(1), ...unstated.slice(1)];
  if (ordered.length < 2) ordered.push(...stanceQuestions(briefing));
  const chosen: SuggestedQuestion[] = [];
  for (const question of ordered) {
    if (chosen.length >= maxSuggestedQuestions) break;
    if (question.text.length > maxQuestionCharacters || question.from.length === 0) continue;
    if (chosen.some((other) => other.text === question.text)) continue;
    chosen.push(question);
  }
  return chosen;
}
