import { findCues } from "./cues";
import { accusationCuePattern, directiveCuePattern, objectCuePattern } from "./lexicon";
import { accordingToEvents, hearsayEvents, nounClaimEvents, selfAttributionEvents } from "./reportedClaims";
import type {
  PendingEvent,
  SentenceAnalysis,
  SentenceMention,
  SpeechContext,
  SpeechEvent,
} from "./sentenceAnalysis";
import { findQuotedRanges, insideAny, splitSegments } from "./sentenceParts";
import { colonAttributionEvents, settleTextEnds, statementFromCue } from "./statements";
import { contentSubject } from "./subjects";

const subjectPronounPattern = /^(?:he|she|it|they)\b/iu;

/** Every statement, hearsay and self-attribution in one sentence, with who speaks and about whom. */
export function findSpeechEvents(
  text: string,
  mentions: readonly SentenceMention[],
  context: SpeechContext,
): SpeechEvent[] {
  const quoted = findQuotedRanges(text);
  // A question the writer asks ("Will Russia agree to a truce?") states nothing; a quoted one may be reported.
  const lastMark = text.trimEnd().length - 1;
  if (text.charAt(lastMark) === "?" && !insideAny(quoted, lastMark)) return [];
  const analysis: SentenceAnalysis = {
    text,
    mentions,
    quoted,
    segments: splitSegments(text, quoted),
    context,
  };
  const cues = findCues(analysis);
  const cueStarts = cues.map((cue) => cue.start);
  const events: PendingEvent[] = [];
  for (const cue of cues) {
    const event = statementFromCue(analysis, cue, events, cues);
    const previous = events.at(-1);
    const reading = {
      accusation: cue.labels === true || accusationCuePattern.test(cue.word),
      objectFirst: !cue.labels && objectCuePattern.test(cue.word),
    };
    const directive = !cue.labels && directiveCuePattern.test(cue.word);
    if (event === "continues_previous" && previous) {
      const content = { start: cue.end, end: text.length };
      const added = directive ? [] : contentSubject(analysis, content, reading);
      previous.targets = [...new Set([...previous.targets, ...added])].filter(
        (actor) => !previous.speakers.includes(actor),
      );
    } else if (event && event !== "continues_previous") {
      const content = event.content ?? { start: cue.end, end: text.length };
      // Around a trailing or parenthetical attribution ("..., experts warn, ..."), what is reported is a clause,
      // never the verb's object.
      const contentReading = { ...reading, objectFirst: reading.objectFirst && !event.fixedEnd };
      event.targets = (directive ? [] : contentSubject(analysis, content, contentReading)).filter(
        (actor) => !event.speakers.includes(actor),
      );
      events.push(event);
    }
  }
  // "Russia agreed to talks, Zelensky said.": what a trailing attribution reports is not a statement itself.
  // Others' claims inside it stay ("Western governments accused Beijing ..., a charge China denies").
  const attributions = events.filter((event) => event.fixedEnd && event.content);
  // A news agency's "..., Xinhua reported." only sources what it reports: the statement inside stands.
  const sourcing = (attribution: PendingEvent) => /^report/iu.test(attribution.cue);
  const reported = (event: PendingEvent) =>
    event.speakers.length > 0 &&
    attributions.some(
      (attribution) =>
        attribution !== event &&
        !sourcing(attribution) &&
        attribution.content !== undefined &&
        event.cueStart >= attribution.content.start &&
        event.cueStart < attribution.content.end,
    );
  const kept = events.filter((event) => !reported(event));
  for (const attribution of attributions.filter(sourcing)) {
    const { content } = attribution;
    const inside = kept.some(
      (event) =>
        event !== attribution && content && event.cueStart >= content.start && event.cueStart < content.end,
    );
    if (inside) attribution.targets = [];
  }
  // First: it turns statements it only reports into hearsay.
  const sourced = accordingToEvents(analysis, kept);
  const settled = [
    ...kept,
    ...hearsayEvents(analysis, cueStarts, kept),
    ...nounClaimEvents(analysis),
    ...sourced,
    ...selfAttributionEvents(analysis),
    ...colonAttributionEvents(analysis),
  ];
  settleTextEnds(analysis, settled);
  return settled.map(({ kind, cue, speakers, targets, text: range, fixedEnd }) => ({
    kind,
    cue,
    speakers,
    targets,
    text: range,
    ...(kind === "statement" &&
      !fixedEnd &&
      speakers.length > 0 &&
      subjectPronounPattern.test(text.slice(range.start, range.end)) && { pronounSubject: true }),
  }));
}

/** Whom a sentence of a quotation is about: the actor it opens with ("“The Ukrainian president has made ..."). */
export function subjectOfQuotedSentence(text: string, mentions: readonly SentenceMention[]): string[] {
  const quoted = findQuotedRanges(text);
  const analysis: SentenceAnalysis = {
    text,
    mentions,
    quoted,
    segments: splitSegments(text, quoted),
    context: { recentMentions: [], previousSpeakers: [] },
  };
  return contentSubject(analysis, { start: 0, end: text.length });
}
