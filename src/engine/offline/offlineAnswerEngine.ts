import type { Actor } from "../../actors/actors";
import { findMentionsOfActor, mentionsActor } from "../../actors/mentions";
import type { AnswerPart } from "../../answer/schema";
import { analyseQuestion } from "../../retrieve/questionTerms";
import type { Sentence } from "../../sentences/splitSentences";
import type { AnswerEngine, AnswerRequest, EngineAnswer } from "../types";

/**
 * The offline follow-up engine: answers with the article's own best-matching sentences, each citing itself,
 * so it can never say more than the article. Nothing above the retrieval threshold → found: false. A question
 * about an actor that the article never quotes or shows acting gets that fact, cited where the actor appears.
 */

const maxAnswerParts = 3;
const maxMentionCitations = 3;

// Verbs by which an actor states or does something itself ("Ukraine contests", "declares Putin").
const ownActVerbs = [
  "say|says|said|declare|declares|declared|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised",
  "underline|underlines|underlined|stress|stresses|stressed|insist|insists|insisted|state|states|stated",
  "contest|contests|contested|deny|denies|denied|reject|rejects|rejected|condemn|condemns|condemned",
  "accuse|accuses|accused|allege|alleges|alleged|claim|claims|claimed|argue|argues|argued|warn|warns|warned",
  "call|calls|called|urge|urges|urged|demand|demands|demanded|propose|proposes|proposed|announce|announces",
  "announced|maintain|maintains|maintained|order|orders|ordered|praise|praises|praised|welcome|welcomes",
  "welcomed|criticise|criticises|criticised|criticize|criticizes|criticized|threaten|threatens|threatened",
  "agree|agrees|agreed|sign|signs|signed|affirm|affirms|affirmed|reiterate|reiterates|reiterated|told|tell",
  "tells|respond|responds|responded|express|expresses|expressed|spoke|speaks|note|notes|noted|add|adds|added",
].join("|");
// The actor, up to three words ("military", "has", "repeatedly") but no passive "was", then the verb.
const actorThenVerb = new RegExp(
  `^(?:['’]s)?(?:\\s+(?!(?:is|are|was|were|be|been|being)\\s)[\\p{L}-]+){0,3}?\\s+(?:${ownActVerbs})(?![\\p{L}])`,
  "u",
);
// The verb, then the actor closing the clause: '..." declares Putin.'
const verbBeforeActor = new RegExp(`(?<![\\p{L}])(?:${ownActVerbs})\\s+(?:the\\s+)?$`, "iu");
const clauseEnd = /^\s*(?:[.,;:!?"”]|$)/u;

/** Whether the sentence shows the actor itself saying or doing something, not others talking about it. */
export function actorActsIn(text: string, actor: Actor): boolean {
  return findMentionsOfActor(text, actor).some(
    (mention) =>
      actorThenVerb.test(text.slice(mention.end)) ||
      (verbBeforeActor.test(text.slice(0, mention.start)) && clauseEnd.test(text.slice(mention.end))),
  );
}

/** "the EU", "the US", but "China", "NATO". */
function actorLabel(actor: Actor): string {
  return /^[A-Z.]{1,4}$/.test(actor.name) && actor.name.replace(/\./g, "").length <= 2
    ? `the ${actor.name}`
    : actor.name;
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

function notFound(request: AnswerRequest): EngineAnswer {
  const absent = request.actors.filter(
    (actor) => !request.passages.some((sentence) => mentionsActor(sentence.text, actor)),
  );
  const text =
    absent.length > 0
      ? `The article does not say anything about ${absent.map(actorLabel).join(" or ")}.`
      : "The article does not say anything that answers this question.";
  return { engine: "offline", found: false, answer: [{ text, citations: [] }] };
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
      // "What did the EU say?" and a bare "What about the EU?" both ask for the actor's own position.
      const { asksForStance, contentTerms } = analyseQuestion(request.question, request.actors);
      let ownActs: Sentence[] = [];
      if (asksForStance || contentTerms.length === 0) {
        for (const actor of request.actors) {
          const acts = request.passages.filter((sentence) => actorActsIn(sentence.text, actor));
          const mentions = best.filter((sentence) => mentionsActor(sentence.text, actor));
          if (mentions.length === 0) {
            parts.push({
              text: `The article does not say anything about ${actorLabel(actor)}.`,
              citations: [],
            });
          } else if (acts.length === 0) {
            const citations = mentions.slice(0, maxMentionCitations).map((sentence) => sentence.id);
            const label = actorLabel(actor);
            parts.push({
              text: `The article reports no statement by ${label}; it mentions ${label} in the cited sentences.`,
              citations,
            });
            for (const id of citations) cited.add(id);
          }
          ownActs = [...ownActs, ...acts];
        }
      }
      // Among the best matches, the actor's own words first, then the rest in retrieval order.
      const ranked = [
        ...best.filter((sentence) => ownActs.includes(sentence)),
        ...best.filter((sentence) => !ownActs.includes(sentence)),
      ];
      for (const sentence of ranked) {
        if (parts.length >= maxAnswerParts) break;
        if (cited.has(sentence.id)) continue;
        parts.push(asAnswerLine(sentence));
        cited.add(sentence.id);
      }
      return { engine: "offline", found: true, answer: parts };
    },
  };
}
