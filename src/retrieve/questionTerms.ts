import { findActorMentions } from "../actors/mentions";
import type { Actor } from "../domain/actor";

/**
 * Turns a free-text question into search terms. Nothing typed by a user ever reaches a query as syntax: every
 * term is made of letters, digits and marks only and is sent as a quoted FTS5 string on SQLite, or as a bound
 * parameter of plainto_tsquery on Postgres, so quotes, AND/OR/NOT/NEAR, `*`, `^`, parentheses, colons and
 * emoji are either dropped or plain words.
 */

// Words that carry no topic: question words, auxiliaries, pronouns, and words about the article itself.
const stopWords = new Set(
  `a about above after again against all also am an and any anything are as at be because been before being
  below between both but by can could did do does doing done down during each else ever few for from further
  had has have having he her here hers him his how i if in into is it its itself just let like many may me
  might more most much must my near no nor not now of off on once only or other our ours out over own per
  please same shall she should so some something such tell than that the their theirs them then there these
  they this those through to too under until up upon us very was we were what whatever when where whether
  which while who whom whose why will with within would yet you your yours article articles story text report
  reports reported reporting mention mentions mentioned piece news s`.split(/\s+/),
);

// Words asking for someone's stance. They say what kind of answer is wanted, not what it is about.
const stanceWords = new Set(
  `say says said saying think thinks thought position positions stance stances view views opinion opinions
  react reacts reacted reaction reactions respond responds responded response responses statement statements
  stated claim claims claimed believe believes feel feels comment comments commented argue argues argued want
  wants stand stands official officially officials announce announced declare declared`.split(/\s+/),
);

/**
 * Verbs by which articles report someone's words or acts. For a stance question ("What did Russia say?"),
 * among sentences that match equally, those carrying one rank first. Listed inflected, as they appear in text.
 */
export const statementCueWords: readonly string[] = `says said declares declared vows vowed pledges pledged
  promises promised underlines underlined stresses stressed insists insisted states stated maintains maintained
  denies denied contests contested rejects rejected condemns condemned accuses accused alleges alleged claims
  claimed warns warned urges urged calls called announces announced told tells argues argued reiterates
  reiterated affirms affirmed welcomes welcomed praises praised criticises criticised criticizes criticized
  ordered orders spoke speaks expressed noted added`.split(/\s+/);

// Asking for a short answer: "in one line", "briefly", "in a sentence", "tl;dr". The words say how long the
// answer should be, not what it is about, so they are no topic either.
const briefAnswerPattern =
  /\b(?:in (?:one|a single|1|a) (?:line|sentence|word)|one[- ]liner|briefly|in brief|in short|short answer|tl;?dr|in a nutshell)\b/i;
const brevityWords = new Set(
  "one a single line lines sentence briefly brief short liner tl dr tldr nutshell summarize summarise summary sum up".split(
    " ",
  ),
);

// Words that point back at an earlier turn ("And what did Russia say about that?").
const anaphoraWords = new Set(["that", "it", "this", "those", "these", "them", "there", "same", "then"]);

// Invisible format characters (zero-width spaces and joiners, bidi marks and isolates, BOM, soft hyphen).
const formatCharacters = /\p{Cf}/gu;
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
// A link pasted into a question ("https://news.example/world/truce-talks"): its scheme, host and path words
// are no topic, and outnumbering the real ones they made the question find nothing.
const linkPattern = /\b[a-z][a-z0-9+.-]*:\/\/\S+/giu;

/** At most this many topic terms per question, so a 2,000-character question stays one small query. */
export const maxContentTerms = 16;

export interface QuestionTerms {
  /** Actors the question names by name or alias, any case ("beijing" is China). */
  actors: Actor[];
  /** Lower-cased topic words, without stop, stance and actor words, first occurrence first. */
  contentTerms: string[];
  /** The question asks what someone says or thinks. */
  asksForStance: boolean;
  /** The question points back at an earlier turn ("that", "it") or has no topic of its own. */
  refersBack: boolean;
  /** The question asks for a one-line answer ("in one line", "briefly"). */
  asksBriefly: boolean;
}

/** Whether a lower-cased word is a stop word: it carries no topic. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** Lower-cased words (letters, digits and their combining marks) of a text. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? [];
}

function withoutFormatCharacters(text: string): string {
  return text.normalize("NFC").replace(formatCharacters, "");
}

/** Whether a question is blank once invisible characters are removed. */
export function isBlankQuestion(question: string): boolean {
  return withoutFormatCharacters(question).trim() === "";
}

/** Splits the question into actors named and topic terms. */
export function analyseQuestion(question: string, catalogActors: readonly Actor[]): QuestionTerms {
  const text = withoutFormatCharacters(question).replace(linkPattern, " ");
  // Typed questions are matched in any case ("beijing"), except a lower-case stop word: "us" is not the US.
  const mentions = findActorMentions(text, catalogActors, { ignoreCase: true }).filter(
    (mention) => mention.matched !== mention.matched.toLowerCase() || !stopWords.has(mention.matched),
  );
  const actors = catalogActors.filter((actor) => mentions.some((mention) => mention.actor === actor.name));
  // Blank out actor names so "Beijing" is not also a topic word.
  let withoutActors = text;
  for (const mention of mentions)
    withoutActors = `${withoutActors.slice(0, mention.start)}${" ".repeat(mention.end - mention.start)}${withoutActors.slice(mention.end)}`;
  const words = searchWords(withoutActors);
  const asksBriefly = briefAnswerPattern.test(text);
  const contentTerms: string[] = [];
  let asksForStance = false;
  let pointsBack = false;
  for (const word of words) {
    if (stanceWords.has(word)) asksForStance = true;
    if (anaphoraWords.has(word)) pointsBack = true;
    if (stopWords.has(word) || stanceWords.has(word) || contentTerms.includes(word)) continue;
    if (asksBriefly && brevityWords.has(word)) continue;
    if (contentTerms.length < maxContentTerms) contentTerms.push(word);
  }
  return {
    actors,
    contentTerms,
    asksForStance,
    refersBack: pointsBack || (contentTerms.length === 0 && actors.length === 0),
    asksBriefly,
  };
}

/** A term as an FTS5 string: the table's tokenizer stems it, and no character in it is syntax. */
export function quoteForSearch(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** An actor's name and aliases as phrases of search words, for one OR group per actor. */
export function actorSearchPhrases(actor: Actor): string[] {
  const phrases = [actor.name, ...actor.aliases]
    .map((alias) => searchWords(alias).join(" "))
    .filter((phrase) => phrase !== "");
  return [...new Set(phrases)];
}

/** Lower-cased words of the actors' names and aliases, to tell actor hits from topic hits. */
export function actorWords(actors: readonly Actor[]): Set<string> {
  return new Set(
    actors.flatMap((actor) => [actor.name, ...actor.aliases].flatMap((alias) => searchWords(alias))),
  );
}
