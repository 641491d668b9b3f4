// Articles that are one official's own words: question-and-answer interviews (the answers are the interviewee's,
// with no attribution of their own), statements published under the speaker's name ("Statement by ..."), and
// transcripts with a speaker label on each turn.
import type { Sentence } from "../domain/article";
import { agentNouns, nonGovernmentNouns } from "./lexicon";
import { hostBefore } from "./roles";
import type { SentenceMention, SpeechEvent } from "./sentenceAnalysis";
import { subjectOfQuotedSentence } from "./speechEvents";

const interviewHeadline = /\binterview(?:ed)?\b/iu;
/**
 * "Statement by Head of the Russian delegation ...", "Remarks by the Foreign Minister of Ukraine at ...", "Key
 * statements from the Russian Foreign Minister at ...".
 */
const statementHeadline =
  /^(?:(?:key|main|full)\s+)?(?:(?:press|official|opening|closing|keynote|video)\s+)?(?:statements?|remarks|speech|address|comments)\s+(?:by|of|from)\s+/iu;
/** "Putin's statements in an interview with ...", "Kallas's remarks at ...": the owner before "'s" is credited. */
const possessiveStatementHeadline =
  /^([^,:;"“”]{1,80}?)['’]s?\s+(?:(?:full|key|main)\s+)?(?:statements?|remarks|speech|address|comments|words)\b/u;
/** "Russian Foreign Ministry statement on Russia's response to ...": the owner right before the noun is credited. */
const ownerStatementHeadline =
  /^([^,:;"“”]{1,80}?)\s+(?:(?:press|official)\s+)?(?:statement|comment|communiqu[eé])\s+(?:on|about|regarding|concerning|following|after|in\s+response\s+to)\s/iu;
/** A verb or preposition before a headline's possessive: "... responds to Zelensky", "Kremlin slams Kallas". */
const verbBeforeOwner = /\s(?:to|at|against|on|over|with|by|for)\s|\p{Lu}[\p{L}.'’-]*\s+\p{Ll}+s\s/u;
/** Where the name of the one a statement headline credits ends: "... Vladimir Medinsky following the talks". */
const creditEnd =
  /\s(?:following|after|at|on|in|during|before|to|regarding|concerning|about|over|with)\s|[,:;(–—]|\s-\s/u;
export const firstPersonWord = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b/u;
const isQuestion = (text: string) => text.trimEnd().endsWith("?");

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}-]+/u);

/**
 * The actor whose one official the stretch names (a person of the actor or a role: "Ukraine's foreign minister",
 * "Head of the Russian delegation Vladimir Medinsky"), or undefined: several actors, no role or leader named, or
 * a voice that is not the government's ("a Chinese analyst").
 */
function officialActorIn(text: string, mentions: readonly SentenceMention[], base = 0): string | undefined {
  // "of the Russian Mission to the EU": the host a title names after "to" is not whose official it is.
  const owners = mentions.filter((mention) => !hostBefore.test(text.slice(0, mention.start - base)));
  const actors = new Set((owners.length > 0 ? owners : mentions).map((mention) => mention.actor));
  const words = wordsOf(text);
  if (actors.size !== 1 || words.some((word) => nonGovernmentNouns.has(word))) return undefined;
  const official = mentions.some((mention) => mention.person) || words.some((word) => agentNouns.has(word));
  return official ? [...actors][0] : undefined;
}

/** Who is interviewed, after the word: "an interview with Ukraine's foreign minister", "Interview of Ambassador ...". */
const interviewedAfter =
  /\binterview\s+(?:with|of|to|by)\s+([^,:;(–—]+?)(?=\s+(?:with|to|on|about|for)\s|[,:;(–—.]|$)/iu;
/** Who is interviewed, before it: "Ukraine's foreign minister in an interview", "Ambassador Fu Cong's interview". */
const interviewedBefore = /(?:^|[,:;–—]\s*)([^,:;–—]+?)(?:\s+in\s+an|['’]s?)\s+interview\b/iu;

/** ", Ambassador of Ukraine" before " to China": a role after the interviewee's name, up to its host country. */
const appositiveRole = /^,\s*[^,:;(–—]+?(?=\s+(?:to|in|at)\s|[,:;(–—]|$)/u;

/** The one an interview headline names: their actor, and the headline's words naming them ("Ambassador Fu Cong"). */
export interface Interviewee {
  actor: string;
  namedAs: string;
}

/**
 * The actor an interview headline names its one official interviewee for ("Ukraine's foreign minister in an
 * interview with ...", "Peace talks, the EU and more: an interview with Ukraine's foreign minister": the topics
 * are not the interviewee), or undefined: no interview, several actors, no role or leader named, or a voice that
 * is not the government's ("a Chinese analyst in an interview"). On an actor's own site, an official the headline
 * names with no actor at all ("Interview of Ambassador Ivan Petrov with ...") is the site's.
 */
export function intervieweeOf(
  headline: string,
  mentions: readonly SentenceMention[],
  siteIssuer?: string,
): Interviewee | undefined {
  if (!interviewHeadline.test(headline)) return undefined;
  // "Chargé d’Affaires a.i.": a title's abbreviation ends no name (same length, so offsets hold).
  const scanned = headline.replace(/\ba\.i\./giu, "a_i_");
  const named = [interviewedAfter.exec(scanned), interviewedBefore.exec(scanned)].flatMap((match) => {
    if (!match) return [];
    const start = match.index + match[0].indexOf(match[1] as string);
    const end = start + (match[1] as string).length;
    // "Interview with Pavlo Ryabikin, Ambassador of Ukraine to China": the appositive's role, not its host.
    const appositive = appositiveRole.exec(headline.slice(end));
    return appositive ? [{ start, end: end + appositive[0].length }] : [{ start, end }];
  });
  const officials = named.map(({ start, end }) => ({
    text: headline.slice(start, end),
    actor: officialActorIn(
      headline.slice(start, end),
      mentions.filter((mention) => mention.start >= start && mention.end <= end),
      start,
    ),
  }));
  const whole = officialActorIn(headline, mentions);
  const actors = new Set(officials.flatMap((official) => official.actor ?? []));
  const [actor] = actors;
  const only = actors.size === 1 && (whole === undefined || whole === actor) ? actor : undefined;
  // The words naming the interviewee, for the label of their turns: not the outlet's ("... with Le Monde").
  if (only !== undefined)
    return { actor: only, namedAs: officials.find((official) => official.actor === only)?.text ?? "" };
  if (whole) return { actor: whole, namedAs: headline };
  // "Interview of Ambassador Ivan Petrov with ..." on an actor's own site: the site's official.
  const titled = officials.filter((official) => wordsOf(official.text).some((word) => agentNouns.has(word)));
  return mentions.length === 0 && titled.length === 1 && siteIssuer
    ? { actor: siteIssuer, namedAs: titled[0]?.text ?? "" }
    : undefined;
}

/**
 * The actor whose official a statement headline credits with the whole text ("Statement by Head of the Russian
 * delegation Vladimir Medinsky following the talks in Istanbul": Russia; the talks are not the credit; "Russian
 * Foreign Ministry statement on ...": Russia), or
 * undefined: another headline, a joint statement of several actors, or a voice that is not the government's.
 */
export function statementAuthorOf(
  headline: string,
  mentions: readonly SentenceMention[],
): string | undefined {
  // "Informal meeting of Foreign Affairs Ministers (Gymnich): Press remarks by High Representative ...": the
  // credit may follow the occasion's name and a colon.
  const afterColon = /^[^:]{1,120}:\s+/u.exec(headline);
  const offset =
    afterColon && statementHeadline.test(headline.slice(afterColon[0].length)) ? afterColon[0].length : 0;
  const opening = statementHeadline.exec(headline.slice(offset));
  const possessive = opening
    ? null
    : (possessiveStatementHeadline.exec(headline) ?? ownerStatementHeadline.exec(headline));
  if (!opening && !possessive) return undefined;
  // "Chinese Foreign Ministry responds to Zelensky's statement that ...": a headline about someone's statement,
  // crediting no one with the text.
  if (possessive && verbBeforeOwner.test(possessive[1] ?? "")) return undefined;
  const start = opening ? offset + opening[0].length : 0;
  const end = possessive
    ? (possessive[1] as string).length
    : start + (creditEnd.exec(headline.slice(start))?.index ?? headline.length - start);
  const credited = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  return officialActorIn(headline.slice(start, end), credited, start);
}

/** An interview's answers: their paragraphs, and the sentence each answer opens with, right after its question. */
export interface Answers {
  paragraphs: Set<number>;
  openings: Set<string>;
}

/**
 * The paragraphs that answer: after the first paragraph ending in a question, each paragraph that does not end in
 * one itself and either speaks in the first person ("I don't think ...", "We consider it justified"), comes
 * right after a question (an answer's opening: "It is significant that the talks go on.") or after an answer.
 */
export function answerParagraphs(sentences: readonly Sentence[]): Answers {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    byParagraph.set(sentence.paragraph, [...(byParagraph.get(sentence.paragraph) ?? []), sentence]);
  }
  const answers: Answers = { paragraphs: new Set(), openings: new Set() };
  let asked = false;
  let justAsked = false;
  let answering = false;
  for (const [paragraph, members] of [...byParagraph].sort(([left], [right]) => left - right)) {
    const question = isQuestion((members.at(-1) as Sentence).text);
    const firstPersonParagraph = members.some((sentence) => firstPersonWord.test(sentence.text));
    // An answer runs on over paragraphs until the next question ("Russia's invasion ... Beijing declared ...").
    answering = !question && asked && (justAsked || firstPersonParagraph || answering);
    if (answering) answers.paragraphs.add(paragraph);
    if (!question && justAsked) answers.openings.add((members[0] as Sentence).id);
    asked ||= question;
    justAsked = question;
  }
  return answers;
}

/**
 * A sentence in the speaker's own voice: not a question, and in the first person or naming an actor ("The
 * Ukrainian position is $30."), so asides such as "This requires a G7 solution." make no point.
 */
const inOwnVoice = (sentence: Sentence, mentions: readonly SentenceMention[]) =>
  !isQuestion(sentence.text) && (firstPersonWord.test(sentence.text) || mentions.length > 0);

/**
 * A sentence of an answer the interviewee states (see inOwnVoice), and any answer's first sentence, right after
 * its question ("It is very significant that the talks go on."): whose words these are is certain there.
 */
export const answersForInterviewee = (
  sentence: Sentence,
  mentions: readonly SentenceMention[],
  answers: Answers,
) =>
  answers.paragraphs.has(sentence.paragraph) &&
  (inOwnVoice(sentence, mentions) || answers.openings.has(sentence.id));

/** A sentence of a statement's body (the headline is not) that its author states (see inOwnVoice). */
export const statedByAuthor = (sentence: Sentence, mentions: readonly SentenceMention[]) =>
  sentence.paragraph > 0 && inOwnVoice(sentence, mentions);

/** "Mao Ning: We have noticed the reports." / "Reuters reporter: ..." / "Q: ...": a speaker label opening a paragraph. */
const turnLabel =
  /^((?:\p{Lu}[\p{L}.’'-]*|reporter|correspondent|journalist)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|reporter|correspondent|journalist)){0,3})\s*:\s+(?=\S)/u;

/** Labels of an outlet's layout, not of a speaker: "Details: ...", "Background: ...", "Quote: ...". */
const layoutLabel =
  /^(?:details|background|quote|quotes|source|sources|update|context|reminder|recap|note)$/iu;

/** One speaker's turn in a transcript; the speaker is read from the label's mentions when its paragraph is read. */
export interface TranscriptTurn {
  label: string;
  /** The sentence that opens with the label, and where the label ends in it. */
  opensIn: string;
  labelEnd: number;
}

/** A turn label naming the interviewee: every word of "Fu Cong" is in the headline's "Ambassador Fu Cong". */
const namesInterviewee = (label: string, interviewee: Interviewee | undefined) => {
  const named = new Set(wordsOf(interviewee?.namedAs ?? ""));
  return interviewee !== undefined && wordsOf(label).every((word) => named.has(word));
};

/**
 * The turn each paragraph of a transcript belongs to (a paragraph without a label continues the turn before it),
 * or nothing when the article is no transcript: at least three labelled paragraphs, under two labels or more,
 * one of them met twice, or, under an interview headline, two labels, one naming the interviewee ("New Statesman:
 * ..." / "Fu Cong: ..."). A lone "Kyiv: ..." or "Update: ..." is no transcript.
 */
export function transcriptTurns(
  sentences: readonly Sentence[],
  interviewee?: Interviewee,
): Map<number, TranscriptTurn> {
  const turns = new Map<number, TranscriptTurn>();
  let current: TranscriptTurn | undefined;
  for (const sentence of sentences) {
    if (turns.has(sentence.paragraph)) continue;
    const label = turnLabel.exec(sentence.text);
    if (label && layoutLabel.test(label[1] as string)) current = undefined;
    else if (label) current = { label: label[1] as string, opensIn: sentence.id, labelEnd: label[0].length };
    if (current) turns.set(sentence.paragraph, current);
  }
  const labels = [...new Set(turns.values())].map((turn) => turn.label);
  const repeated = labels.some((label, index) => labels.indexOf(label) !== index);
  const interview = labels.some((label) => namesInterviewee(label, interviewee));
  // "CNR: ... Could you share more details?" / "Mao Ning: ...": a question answered under another label.
  const [firstTurn] = turns.values();
  const asked = sentences.some(
    (sentence) => turns.get(sentence.paragraph) === firstTurn && isQuestion(sentence.text),
  );
  return new Set(labels).size >= 2 && ((labels.length >= 3 && repeated) || interview || asked)
    ? turns
    : new Map();
}

/**
 * The actor a turn's label names as one of its own voices ("Mao Ning", "Kaja Kallas", "Foreign Ministry
 * spokesperson", the interviewee the headline names), or undefined for anyone else: a questioner ("Reuters",
 * "Interviewer", "Q") or a bare country name, which says nothing of who speaks.
 */
export function turnSpeaker(
  turn: TranscriptTurn,
  mentions: readonly SentenceMention[],
  interviewee?: Interviewee,
  siteIssuer?: string,
): string | undefined {
  if (interviewee && namesInterviewee(turn.label, interviewee)) return interviewee.actor;
  // "Q: ... / A: ...": the answers are the interviewee's, or on an actor's own site its spokesperson's.
  if (/^(?:a|answer)$/iu.test(turn.label)) return interviewee?.actor ?? siteIssuer;
  const labelMentions = mentions.filter((mention) => mention.end <= turn.labelEnd);
  // "Embassy Spokesperson: ..." on an embassy's own site: a role no actor is named in is the site's own.
  const ownRole =
    labelMentions.length === 0 &&
    wordsOf(turn.label).some((word) => agentNouns.has(word) && !nonGovernmentNouns.has(word));
  if (ownRole && siteIssuer) return siteIssuer;
  return officialActorIn(turn.label, labelMentions);
}

/** Where a transcript sentence's own text starts: after the label in the sentence that opens the turn. */
export const turnTextStart = (turn: TranscriptTurn, sentence: Sentence) =>
  sentence.id === turn.opensIn ? turn.labelEnd : 0;

/** A sentence of an official's turn the official states (see inOwnVoice). */
export const statedInTurn = (sentence: Sentence, mentions: readonly SentenceMention[]) =>
  inOwnVoice(sentence, mentions);

/**
 * A transcript sentence's events, read past its label. An official's turn is then read like any text in its
 * author's own voice (see statedInTurn). A questioner's words are the questioner's: what they say an actor said
 * or did is their claim about it ("Earlier, Putin claimed that ..." in a reporter's question is not Russia's
 * statement).
 */
export function eventsInTurn(
  events: readonly SpeechEvent[],
  turn: TranscriptTurn,
  speaker: string | undefined,
  sentence: Sentence,
  mentions: readonly SentenceMention[],
): SpeechEvent[] {
  const start = turnTextStart(turn, sentence);
  const afterLabel = (event: SpeechEvent): SpeechEvent => ({
    ...event,
    text: { start: Math.max(start, event.text.start), end: event.text.end },
  });
  if (speaker !== undefined) return events.map(afterLabel);
  const whole = { start, end: sentence.text.length };
  const about = subjectOfQuotedSentence(sentence.text, mentions);
  if (events.length === 0) {
    if (isQuestion(sentence.text) || about.length === 0) return [];
    return [
      {
        kind: "statement",
        cue: "transcript question",
        speakers: [],
        targets: about,
        text: whole,
        claimant: turn.label,
      },
    ];
  }
  return events.map((event) =>
    event.kind === "hearsay"
      ? afterLabel(event)
      : afterLabel({
          ...event,
          speakers: [],
          targets: [...new Set([...event.speakers, ...event.targets])],
          claimant: turn.label,
        }),
  );
}
