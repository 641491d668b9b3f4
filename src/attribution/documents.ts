// Documents that speak for those who issue them: joint statements, communiqués, readouts.
import type { Actor } from "../domain/actor";
import { agentNouns, documentNouns, issuingVerbs } from "./lexicon";
import { stateOfAgency } from "./readouts";
import type { SentenceMention, SpeechEvent } from "./sentenceAnalysis";
import { findQuotedRanges, insideAny, type TextRange, wordsIn } from "./sentenceParts";

const documentWord = new RegExp(`(?<![\\p{L}-])(?:${documentNouns.join("|")})(?![\\p{L}-])`, "iu");

/** One document, not "China's statements" in general. */
const singleDocuments = documentNouns.filter((noun) => !/s$/u.test(noun)).join("|");

/** Words between an owner and its document: "the Chinese Foreign Ministry statement", "the EU's 19th sanctions package". */
const documentModifiers = [
  ...agentNouns,
  ..."joint final written official formal new latest sanctions press".split(" "),
].join("|");

/** "a Chinese readout", "the Kremlin's statement", "the Kremlin readout": an actor's name right before a document. */
const ownerBefore = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:${documentModifiers}|\\p{Lu}[\\p{L}-]*|\\d+(?:st|nd|rd|th)?)\\s+){0,3}?(?:${singleDocuments})\\b`,
  "u",
);
/** "the message of the Russian Foreign Ministry": a document, "of", its issuer. */
const ownerAfter = new RegExp(
  `\\b(?:${singleDocuments})\\s+(?:issued\\s+)?(?:of|by|from)\\s+(?:the\\s+)?$`,
  "iu",
);

/** A document right before a participle: "the joint statement [signed by]", "a statement [released on Sunday]". */
export const documentBefore = new RegExp(`(?<![\\p{L}-])(?:${documentNouns.join("|")})\\s+$`, "iu");

/** "the joint statement", "a joint declaration": every issuer's, never one side's readout. */
const jointDocumentPattern = new RegExp(
  `\\bjoint\\s+(?:\\p{L}+\\s+){0,2}?(?:${documentNouns.join("|")})\\b`,
  "iu",
);

/** Whether a sentence names a joint document ("issued a joint statement"), every issuer's own. */
export const namesJointDocument = (text: string) => jointDocumentPattern.test(text);

/** "a Foreign Ministry statement quoted [Li as saying]": a document quoting the speaker that follows. */
const quotingDocument = new RegExp(`\\b(?:${singleDocuments})\\s+(?:quoted|quotes|cited|cites)\\s+$`, "iu");

/** "According to the statement, the Ukrainian side said ...": a sentence sourced to the document named last. */
export const sourcedToNamedDocument = new RegExp(
  `^according\\s+to\\s+(?:the|this|that)\\s+(?:\\p{L}+\\s+){0,2}?(?:${singleDocuments})\\b`,
  "iu",
);

/**
 * "..., the ministry said in a statement", "in the communiqué", "in a joint statement": where what the sentence
 * tells was said; a statement made in it is its issuer's.
 */
const inDocumentPattern =
  /\b(?:in|via)\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|declaration)(?!\p{L})/iu;

/** The actors owning a document the sentence names: "a Chinese readout", "the message of the Russian ministry". */
function documentOwners(
  text: string,
  mentions: readonly SentenceMention[],
  quoted: readonly TextRange[],
): string[] {
  const owners = mentions.filter(
    (mention) =>
      !insideAny(quoted, mention.start) &&
      !mention.person &&
      // "the EU's Russian sanctions package", "a Russia sanctions package": the actor sanctioned, not the issuer.
      !/^\s+sanctions\b/iu.test(text.slice(mention.end)) &&
      (ownerBefore.test(text.slice(mention.end, mention.end + 40)) ||
        ownerAfter.test(text.slice(Math.max(0, mention.start - 40), mention.start))),
  );
  return [...new Set(owners.map((mention) => mention.actor))];
}

/**
 * "A Chinese readout, that cites Mr Kuleba, said: ...", "A Chinese readout quoted Kuleba as saying ...": one side's
 * document quoting another's official is its readout, so the words are that side's account of them
 * (docs/labelling-guide.md: a readout by one side describing the other).
 */
export function quotedInOwnersDocument(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || !speaker) return event;
  const lead = text.slice(0, speaker.end);
  if (!/\b(?:cites|cited|citing|quotes|quoted|quoting)\b/iu.test(lead)) return event;
  const owners = documentOwners(
    lead,
    mentions.filter((mention) => mention.end <= speaker.end),
    findQuotedRanges(text),
  );
  const owner = owners.length === 1 ? owners[0] : undefined;
  const others = event.speakers.filter((actor) => actor !== owner);
  const named = mentions.find((mention) => mention.actor === owner && mention.end <= speaker.end);
  if (!owner || !named || others.length === 0) return event;
  // The document speaks, through the name of its owner; the official it quotes is only told of.
  return {
    ...event,
    speakers: [owner],
    speaker: { start: named.start, end: named.end },
    targets: [...new Set([...event.targets, ...others])],
  };
}

/**
 * Who issues a document a sentence names, if it names one: the speakers of "signed a joint statement", "issued
 * a communiqué", or the actor owning "a Chinese readout", "the Kremlin's statement". Later sentences' "the
 * statement said" and "it continued" speak for them.
 */
export function documentIssuersIn(
  text: string,
  mentions: readonly SentenceMention[],
  events: readonly SpeechEvent[],
): string[] | undefined {
  if (!documentWord.test(text)) return undefined;
  const quoted = findQuotedRanges(text);
  for (const event of events) {
    if (
      event.kind !== "statement" ||
      event.speakers.length === 0 ||
      !issuingVerbs.has(event.cue.toLowerCase())
    )
      continue;
    const cueAt = text.indexOf(event.cue, event.text.start);
    const found = documentWord.exec(text.slice(cueAt, event.text.end));
    if (found && !insideAny(quoted, cueAt + found.index)) return [...event.speakers];
    // "the joint statement signed by Xi and Putin": the document before its passive participle.
    if (documentBefore.test(text.slice(0, cueAt))) return [...event.speakers];
  }
  const quoting = quotingDocumentIssuers(text, events);
  if (quoting.length > 0) return quoting;
  // "The leaders ... expressed their support in a statement": the statement is theirs.
  const inStatement = statementsInDocument(text, events);
  if (inStatement.length > 0) return inStatement;
  const owners = documentOwners(text, mentions, quoted);
  return owners.length > 0 ? owners : undefined;
}

/**
 * The actors whose own readout or statement a sentence says it carries ("This is stated in the message of the
 * Russian Foreign Ministry", "the ministry said in a statement", "according to a Kremlin readout"). An article
 * that is one actor's readout gives others' words only as that actor tells them.
 */
export function readoutIssuersIn(
  text: string,
  mentions: readonly SentenceMention[],
  events: readonly SpeechEvent[],
): string[] {
  if (!documentWord.test(text) || jointDocumentPattern.test(text)) return [];
  const fromStatements = [...statementsInDocument(text, events), ...quotingDocumentIssuers(text, events)];
  return [...new Set([...fromStatements, ...documentOwners(text, mentions, findQuotedRanges(text))])];
}

/** '"...," a Foreign Ministry statement quoted Li as saying': a statement quoting an official is his side's. */
function quotingDocumentIssuers(text: string, events: readonly SpeechEvent[]): string[] {
  const quoting = events.find(
    (event) =>
      event.kind === "statement" &&
      event.speakers.length === 1 &&
      event.speaker !== undefined &&
      quotingDocument.test(text.slice(0, event.speaker.start)),
  );
  return quoting ? [...quoting.speakers] : [];
}

/** The speakers of statements made "in a statement", "in its readout": that document's issuers. */
function statementsInDocument(text: string, events: readonly SpeechEvent[]): string[] {
  const speakers = events
    .filter(
      (event) =>
        event.kind === "statement" &&
        // "In a statement to the Financial Times, a Commission spokesperson said ...": the opening names it.
        (inDocumentPattern.test(text.slice(event.text.start, event.text.end)) ||
          inDocumentPattern.exec(text)?.index === 0),
    )
    .flatMap((event) => event.speakers);
  return [...new Set(speakers)];
}

/**
 * "according to a readout of the call broadcast on CCTV and carried by Xinhua": a document a state's outlet
 * carries is that state's. The actors whose state agencies (see data/actors.json) a sentence names carrying the
 * document it names; later "the readout" points back to them.
 */
export function carriedByStateOutlet(text: string, actors: readonly Actor[]): string[] | undefined {
  if (!documentWord.test(text)) return undefined;
  const owners = new Set<string>();
  for (const found of text.matchAll(carriedByPattern)) {
    const owner = stateOfAgency(actors, found[1] ?? "");
    if (owner) owners.add(owner);
  }
  return owners.size === 1 ? [...owners] : undefined;
}
const carriedByPattern =
  /\b(?:broadcast|carried|published|released|aired|reported)\s+(?:on|by|in)\s+(?:the\s+)?(?:(?:state|state-run|official)\s+)?(?:(?:news\s+agency|broadcaster|television|tv|media)\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/gu;

/** "The communique, approved by the 32 NATO members at their summit, ...": a document and the ones who issued it. */
const issuedDocument =
  /\b(?:communiqu[eé]s?|declarations?|statements?|documents?|resolutions?|reports?)(?!\p{L}),?\s+(?:(?:(?:which|that)\s+)?(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:approved|issued|signed|adopted|released|published|endorsed|tabled|drafted|(?:co-?)?sponsored|introduced|submitted|put\s+forward)\s+by\s+([^,;.!?]+)/diu;

/**
 * "Russia vetoed a draft resolution", "China abstained on the resolution": a text put to a vote is the body's that
 * votes on it, not any voter's; its sponsor, when an actor, is found before this (documentIssuersIn).
 */
const votedDocument =
  /\b(?:vetoe?s|vetoed|vetoing|veto(?:ed)?\s+(?:of|on)|vot(?:e|es|ed|ing)\s+(?:for|against|on|in\s+favou?r\s+of)|abstain(?:s|ed|ing)?\s+(?:on|from|in)|sink|sank|block(?:s|ed)?)\s+(?:(?:a|an|the|this|that)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:draft\s+)?resolutions?\b/iu;

/**
 * Whether a sentence names a document issued by no actor ("approved by the 32 NATO members", "tabled by the US",
 * a resolution put to a vote): a later "the document said" is theirs, not whoever spoke last.
 */
export function namesOthersDocument(
  text: string,
  mentions: readonly SentenceMention[],
  events: readonly SpeechEvent[],
): boolean {
  if (votedDocument.test(text)) return true;
  // "In the communiqué, NATO member states said ...": a document that only others speak in.
  const statements = events.filter((event) => event.kind === "statement");
  if (
    inDocumentPattern.test(text) &&
    statements.length > 0 &&
    statements.every((event) => event.speakers.length === 0)
  )
    return true;
  const issued = issuedDocument.exec(text);
  const agent = issued?.indices?.[1];
  if (!issued || !agent) return false;
  const [start, byEnd] = agent;
  // "approved by the 32 NATO members calls China ...": the agent ends at the sentence's verb.
  const cueWords = new Set(events.map((event) => event.cue.split(/\s+/u)[0]?.toLowerCase()));
  const verb = wordsIn(text, { start, end: byEnd }).find((word) => cueWords.has(word.lower));
  const end = verb?.start ?? byEnd;
  return !mentions.some((mention) => mention.start >= start && mention.end <= end);
}
