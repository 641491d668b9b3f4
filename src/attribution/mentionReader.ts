import { findMentionsOfActor } from "../actors/mentions";
import type { Actor, Pronoun } from "../domain/actor";
import { agentNouns, clauseOpeners, determiners } from "./lexicon";
import type { SentenceMention } from "./sentenceAnalysis";

export type MentionReader = (text: string, namedBefore?: ReadonlySet<string>) => SentenceMention[];

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");

/** "Mr Michel", "Ms Kallas": a title says the pronoun of the name after it. */
const titleBefore = /\b(?:(Mr|Sir)|(Mrs|Ms|Miss|Madam|Dame))\.?\s+$/u;

/** Capitalised words that may stand right before a family name: titles and forms of address. */
const titleWordsBeforeName = new Set(
  `mr ms mrs miss dr sir dame madam comrade gen general admiral marshal chairman chairwoman chancellor senator
  vice deputy first acting prime foreign defence defense state`.split(/\s+/u),
);

/**
 * "Henry Wang Huiyao", "Wang Huiyao": a family name of one word that comes first ("Wang", for Wang Yi) with a
 * given name of its own after it, or a capitalised name word before it that is no title, is someone else's
 * name. (Where the family name comes last, "Yury Ushakov" is a spelling of "Ushakov".)
 */
function insideOtherName(text: string, start: number, matched: string): boolean {
  if (/\s/u.test(matched.trim())) return false;
  const after = /^\s(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(start + matched.length))?.[1];
  if (after && !agentNouns.has(after.toLowerCase())) return true;
  const before = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s$/u.exec(
    text.slice(Math.max(0, start - 30), start),
  )?.[1];
  if (!before) return false;
  const lower = before.toLowerCase();
  return !(
    titleWordsBeforeName.has(lower) ||
    agentNouns.has(lower) ||
    clauseOpeners.has(lower) ||
    determiners.has(lower)
  );
}

/**
 * "China Zheshang Bank", "Great Wall West China Bank", "China Mobile": an actor's name inside a company's, which
 * is not the actor (docs/labelling-guide.md: companies are not).
 */
const companyAfter =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Bank|Banks|Corporation|Corp|Group|Holdings|Airlines|Telecom|Mobile|Unicom|Petroleum|Petrochemical|Construction|Railway|Shipping|Steel|Securities|Insurance|Industries|Technologies|Electronics|Motors)\b/u;

/**
 * Finds the actors' mentions in a sentence, flagging people (with their pronoun, from the catalog or a title)
 * and adjectives; the lookups are built once per briefing. A back reference ("the bloc") counts once the
 * actor was named earlier in the article, or earlier in the sentence.
 */
export function createMentionReader(actors: readonly Actor[]): MentionReader {
  const readers = actors.map((actor) => ({
    actor,
    pronouns: new Map<string, Pronoun | undefined>([
      ...(actor.people ?? []).map((name): [string, Pronoun | undefined] => [normalise(name), undefined]),
      ...Object.entries(actor.pronouns).map(([name, pronoun]): [string, Pronoun] => [
        normalise(name),
        pronoun,
      ]),
    ]),
    adjectives: new Set(actor.adjectives.map(normalise)),
    backReferences:
      actor.backReferences.length > 0
        ? { ...actor, aliases: actor.backReferences, notAliases: [] }
        : undefined,
  }));
  return (text, namedBefore = new Set()) =>
    readers
      .flatMap(({ actor, pronouns, adjectives, backReferences }) => {
        const named = findMentionsOfActor(text, actor)
          .filter(
            (mention) =>
              !(
                actor.familyNameFirst &&
                pronouns.has(normalise(mention.matched)) &&
                insideOtherName(text, mention.start, mention.matched)
              ) && !companyAfter.test(text.slice(mention.end, mention.end + 60)),
          )
          .map((mention): SentenceMention => {
            const key = normalise(mention.matched);
            const title = titleBefore.exec(text.slice(Math.max(0, mention.start - 8), mention.start));
            const pronoun = title ? (title[1] ? "he" : "she") : pronouns.get(key);
            return {
              actor: mention.actor,
              start: mention.start,
              end: mention.end,
              person: pronouns.has(key),
              adjective: adjectives.has(key),
              ...(pronoun && { pronoun }),
            };
          });
        const firstNamed = namedBefore.has(actor.name) ? -1 : (named[0]?.start ?? Number.POSITIVE_INFINITY);
        const referredBack = backReferences
          ? findMentionsOfActor(text, backReferences)
              .filter((mention) => mention.start > firstNamed)
              .map((mention) => ({
                actor: actor.name,
                start: mention.start,
                end: mention.end,
                person: false,
                adjective: false,
              }))
          : [];
        return [...named, ...referredBack];
      })
      .sort((left, right) => left.start - right.start);
}
