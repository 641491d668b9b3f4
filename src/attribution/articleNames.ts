import type { Actor } from "../domain/actor";
import { agentNouns, calendarWords, clauseBoundaries, nonOfficialModifiers, postVerbs } from "./lexicon";
import { insideMention, type SentenceMention } from "./sentenceAnalysis";
import { type Word, wordsIn } from "./sentenceParts";

/**
 * Names an article teaches about its actors' people, for the sentences after them. News prose names an official
 * in full once, with a title, and by family name after that:
 * - "European Council President Charles Michel announced ..." then "“We have a deal,” Mr Michel said";
 * - "China's foreign ministry spokesman Wang Wenbin said ..." then "Wang said" (Chinese family names come
 *   first: actors marked `familyNameFirst`).
 * Only a full name learnt this way or listed in the catalog teaches its family name, so a first name alone
 * ("Volodymyr", a soldier in a feature) never becomes the president.
 */

/** Capitalised words that follow a title without being a name (days and months besides). */
const notNameWords = new Set("The A An On In At As But And Or If When While After Before Since".split(" "));
const isNotNameWord = (word: string) => notNameWords.has(word) || calendarWords.has(word.toLowerCase());

const nameWord = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * The one-word names a full name is shortened to: the family name, and for a family name first ("Mao Ning") the
 * given name too, which foreign outlets often take for the family name ("Ning refuted ...").
 */
function shortNamesOf(fullName: string, actor: Actor): string[] {
  const words = fullName.split(/\s+/);
  if (words.length < 2) return [];
  const family = actor.familyNameFirst ? words[0] : words.at(-1);
  // Chinese family names are often two letters ("Li Hui" is "Li"); elsewhere "Al" or "Le" are no names.
  const shortest = actor.familyNameFirst ? 2 : 3;
  const given = actor.familyNameFirst && words.length === 2 ? words[1] : undefined;
  return [
    ...(family && family.length >= shortest ? [family] : []),
    ...(given && given.length >= 3 ? [given] : []),
  ].filter((name) => nameWord.test(name));
}

/** Nationality adjectives: "Estonian", "Spanish", "Portuguese", "French", "Dutch", "Greek". */
const nationalityWord = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ish|ese|ch|ic|i|k)$/u;
/** Words that link a name to something else rather than to its title ("a visit to Moscow by ..."). */
const linkingWords = new Set("by of to from with for in on at and or as after before against".split(" "));

/** Roles one person holds, whom a name given a sentence or two later may be: "the EU Ambassador to China". */
const singleHolderRoles = new Set(
  "ambassador envoy minister spokesperson spokesman spokeswoman president chief representative commissioner".split(
    " ",
  ),
);

/** The name right after an actor's title in a sentence: "Russian Foreign Minister Sergei Lavrov". */
function namesAfterTitles(text: string, mentions: readonly SentenceMention[]): Array<[string, string]> {
  const learnt: Array<[string, string]> = [];
  for (const mention of mentions) {
    if (mention.person) continue;
    const before = wordsIn(text, { start: Math.max(0, mention.start - 24), end: mention.start }).at(-1);
    if (before && nonOfficialModifiers.has(before.lower)) continue;
    const after = wordsIn(text, { start: mention.end, end: Math.min(text.length, mention.end + 120) }).slice(
      0,
      12,
    );
    // "European Commissioner Dan Jorgensen": a name that is itself a title has the person's name right after it.
    const isTitle = singleHolderRoles.has(
      text.slice(mention.start, mention.end).split(/\s+/u).at(-1)?.toLowerCase() ?? "",
    );
    const titleAt = isTitle ? -1 : after.findIndex((word) => agentNouns.has(word.lower));
    if ((titleAt < 0 && !isTitle) || titleAt > 3) continue;
    // "... against Moscow, diplomat Wu Hongbo said": a title past punctuation is not the actor's.
    if (!isTitle && /[,;:.!?()"“”—–]/u.test(text.slice(mention.end, after[titleAt]?.start))) continue;
    const between = isTitle ? [] : after.slice(0, titleAt);
    if (between.some((word) => nonOfficialModifiers.has(word.lower))) continue;
    // "the trip to Moscow by Hungarian Prime Minister Viktor Orban": a title past a preposition, or of another
    // state, is someone else's.
    // "The European Union anticipates that President Erdogan ...": a title past a clause word is another clause's.
    if (
      between.some(
        (word) =>
          linkingWords.has(word.lower) ||
          clauseBoundaries.has(word.lower) ||
          (nationalityWord.test(word.text) && !insideMention(mentions, word)),
      )
    )
      continue;
    // Titles run on ("Foreign Ministry spokesperson"): the name starts after the last title word.
    let nameStart = titleAt + 1;
    while (nameStart < after.length && agentNouns.has((after[nameStart]?.lower ?? "").replace(/['’]s$/u, "")))
      nameStart += 1;
    // "EU Special Envoy for Sanctions David O'Sullivan": past "for <Field>", the last two capitalised words.
    // "Chinese Ambassador to the European Union Fu Kong": past the host the title names.
    if (["to", "in", "at"].includes(after[nameStart]?.lower ?? "")) {
      let past = nameStart + 1;
      if (after[past]?.lower === "the") past += 1;
      const inHost = (word: Word | undefined) => word !== undefined && insideMention(mentions, word);
      if (inHost(after[past])) {
        while (inHost(after[past])) past += 1;
        nameStart = past;
      }
    }
    const field = ["for", "of", "on"].includes(after[nameStart]?.lower ?? "");
    const run: string[] = [];
    let previousEnd: number | undefined;
    for (const word of after.slice(field ? nameStart + 1 : nameStart, nameStart + 6)) {
      if (!nameWord.test(word.text) || isNotNameWord(word.text)) break;
      // Words must touch: "Wang Wenbin said", not "Wang, who ...".
      if (previousEnd !== undefined && !/^\s+$/u.test(text.slice(previousEnd, word.start))) break;
      run.push(word.text.replace(/['’]s$/u, ""));
      previousEnd = word.end;
    }
    const name = field ? (run.length >= 3 ? run.slice(-2) : []) : run.slice(0, 3);
    if (name.length >= 2) learnt.push([mention.actor, name.join(" ")]);
  }
  return learnt;
}

const titleWords = [...agentNouns].join("|");
/** "Ukraine's ambassador to China, Pavlo Riabikin, ...", "the Russian foreign minister, Sergei Lavrov, ...". */
const appositiveName = new RegExp(
  `^(?:['’]s?)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${titleWords})(?:\\s+(?:to|in|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)?,\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}),`,
  "u",
);

const titleOfBefore = new RegExp(`\\b(?:${titleWords})\\s+of\\s+(?:the\\s+)?$`, "iu");
/** "Vladimir Medinsky, who heads the [Russian] delegation": a name the relative clause after it gives a post. */
const nameBeforeRelativePost = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}),\\s+who\\s+${postVerbs}\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$`,
  "u",
);
/** A full name and its comma right before an actor's possessive post: "Li Song, China's ...". */
const nameBeforeOwnedPost = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+$/u;
/** The possessive post after it, in any case ("China's Foreign Ministry spokesperson"), unlike postAfter. */
const ownedPostAfter = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${titleWords})\\b`, "iu");
const nameBeforePostOf = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}),\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${titleWords})\\s+of\\s+(?:the\\s+)?$`,
  "iu",
);
const postAfter = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${titleWords})\\b`, "u");
const nameAfterInstitution = /^,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),/u;

/** The name an appositive gives an actor's titled official: "Ukraine's ambassador to China, Pavlo Riabikin,". */
function namesInAppositives(text: string, mentions: readonly SentenceMention[]): Array<[string, string]> {
  const learnt: Array<[string, string]> = [];
  for (const mention of mentions) {
    if (mention.person) continue;
    const before = wordsIn(text, { start: Math.max(0, mention.start - 24), end: mention.start }).at(-1);
    if (before && nonOfficialModifiers.has(before.lower)) continue;
    // A name, then its post in apposition: the actor's own ("Li Song, China's permanent representative to the
    // IAEA,"), or one "of" the actor ("Stavros Lambrinidis, Ambassador of the European Union to the UN,";
    // "ambassador to the EU" would be another state's).
    const rest = text.slice(mention.end);
    const ownedPost = ownedPostAfter.test(rest);
    const postHolder =
      (ownedPost ? nameBeforeOwnedPost.exec(text.slice(0, mention.start))?.[1] : undefined) ??
      nameBeforePostOf.exec(text.slice(0, mention.start))?.[1];
    if (postHolder && !postHolder.split(/\s+/u).some(isNotNameWord)) {
      learnt.push([mention.actor, postHolder]);
      continue;
    }
    // "the spokesman of the European Commission, Anuar El-Anuni,": the title before the institution.
    if (titleOfBefore.test(text.slice(0, mention.start))) {
      const named = nameAfterInstitution.exec(text.slice(mention.end))?.[1];
      if (named && !named.split(/\s+/u).some(isNotNameWord)) learnt.push([mention.actor, named]);
      continue;
    }
    const relative = nameBeforeRelativePost.exec(text.slice(0, mention.start))?.[1];
    if (relative && postAfter.test(text.slice(mention.end)) && !relative.split(/\s+/u).some(isNotNameWord)) {
      learnt.push([mention.actor, relative]);
      continue;
    }
    const found = appositiveName.exec(text.slice(mention.end));
    const name = found?.[1];
    if (!found || !name || name.split(/\s+/u).some(isNotNameWord)) continue;
    const title = found[0].slice(0, found[0].length - name.length);
    if (wordsIn(title, { start: 0, end: title.length }).some((word) => nonOfficialModifiers.has(word.lower)))
      continue;
    learnt.push([mention.actor, name]);
  }
  return learnt;
}

/** "the European Union Ambassador to China urged ...": a definite role of one actor, with no name to it. */
function unnamedRoleHolder(text: string, mentions: readonly SentenceMention[]): string | undefined {
  const holders = mentions.filter((mention) => {
    if (mention.person || !/\bthe\s+$/iu.test(text.slice(Math.max(0, mention.start - 5), mention.start)))
      return false;
    const next = wordsIn(text, { start: mention.end, end: Math.min(text.length, mention.end + 40) });
    const role = next.findIndex((word) => singleHolderRoles.has(word.lower));
    if (role < 0 || role > 2) return false;
    const after = next.slice(role + 1).find((word) => !["to", "for", "of", "in", "at"].includes(word.lower));
    return !(after && nameWord.test(after.text) && !mentions.some((other) => other.start === after.start));
  });
  const actors = new Set(holders.map((mention) => mention.actor));
  return actors.size === 1 ? [...actors][0] : undefined;
}

/** '"...," Jorge Toledo Albinana said': a full name no actor owns, speaking with nothing to describe it. */
const bareSpeakerName =
  /(?:^|[,.!?]["”’]?\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:said|stated|told|added|noted|stressed|urged)\b/u;

export interface ArticleNames {
  /** The actors with the names learnt so far added to their people (the same objects until something is learnt). */
  actors(): readonly Actor[];
  /** Reads one sentence's names; true when it taught something new. */
  learnFrom(text: string, mentions: readonly SentenceMention[]): boolean;
}

export function createArticleNames(catalogActors: readonly Actor[]): ArticleNames {
  const byName = new Map(catalogActors.map((actor) => [actor.name, actor]));
  const learnt = new Map<string, Set<string>>();
  let current: readonly Actor[] = catalogActors;

  const add = (actorName: string, name: string): boolean => {
    const actor = byName.get(actorName);
    if (!actor) return false;
    const known = new Set([...actor.aliases, ...(learnt.get(actorName) ?? [])]);
    // A name another actor already claims stays theirs.
    const claimed = catalogActors.some((other) => other.name !== actorName && other.aliases.includes(name));
    if (known.has(name) || claimed) return false;
    learnt.set(actorName, new Set([...(learnt.get(actorName) ?? []), name]));
    return true;
  };

  // The actor whose unnamed role holder the last sentences brought in, and how many sentences ago.
  let roleHolder: { actor: string; age: number } | undefined;

  /** "The EU Ambassador to China urged ..." then '"...," Jorge Toledo Albinana said': the holder's name. */
  const holderNamed = (text: string, mentions: readonly SentenceMention[]): Array<[string, string]> => {
    const named = bareSpeakerName.exec(text);
    const name = named?.[1];
    const pending = roleHolder;
    if (roleHolder) roleHolder.age += 1;
    const holder = unnamedRoleHolder(text, mentions);
    if (holder) roleHolder = { actor: holder, age: 0 };
    else if (roleHolder && roleHolder.age > 2) roleHolder = undefined;
    if (!pending || !name || name.split(/\s+/u).some(isNotNameWord)) return [];
    const start = (named?.index ?? 0) + (named?.[0].indexOf(name) ?? 0);
    if (mentions.some((mention) => mention.start < start + name.length && mention.end > start)) return [];
    roleHolder = undefined;
    return [[pending.actor, name]];
  };

  return {
    actors: () => current,
    learnFrom(text, mentions) {
      const fullNames = [
        ...namesAfterTitles(text, mentions),
        ...namesInAppositives(text, mentions),
        ...holderNamed(text, mentions),
      ];
      const namedPeople = mentions
        .filter((mention) => mention.person)
        .map((mention): [string, string] => [mention.actor, text.slice(mention.start, mention.end)]);
      const familyNames = [...fullNames, ...namedPeople].flatMap(([actorName, fullName]) => {
        const actor = byName.get(actorName);
        return actor ? shortNamesOf(fullName, actor).map((name): [string, string] => [actorName, name]) : [];
      });
      let changed = false;
      for (const [actorName, name] of [...fullNames, ...familyNames])
        changed = add(actorName, name) || changed;
      if (changed) {
        current = catalogActors.map((actor) => {
          const names = [...(learnt.get(actor.name) ?? [])];
          if (names.length === 0) return actor;
          const people = [...(actor.people ?? []), ...names];
          return { ...actor, people, aliases: [...new Set([...actor.aliases, ...names])] };
        });
      }
      return changed;
    },
  };
}

/** Office words of a state's title before a name: "Estonian Prime Minister", "Spanish Foreign Minister". */
const stateOfficeWords = new Set(
  `prime minister president premier chancellor foreign defence defense finance deputy vice state secretary pm mp
  mep leader head chief ambassador envoy`.split(/\s+/u),
);
/** "Estonian Prime Minister Kaja Kallas", "Spanish foreign minister Josep Borrell": another state's office. */
const otherStateTitleBefore = new RegExp(
  `(?:^|[^\\p{L}'’-])(\\p{L}+)\\s+(?:(?:${[...stateOfficeWords].join("|")})\\s+){1,3}$`,
  "iu",
);
/** "Former EU foreign policy chief Josep Borrell", "ex-Commission president ...": no longer in office. */
const formerTitleBefore =
  /(?:^|[^\p{L}'’-])(?:former|ex|onetime|one-time|erstwhile)[\s-]+(?:[\p{L}'’.-]+\s+){0,5}$/iu;
/** "Kallas, then Estonia's prime minister,", "Borrell, the EU's former foreign policy chief,". */
const outOfOfficeAfter =
  /^,\s+(?:then\b|at\s+the\s+time\b|formerly\b|(?:the|a)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:former|ex-))/iu;

/**
 * The actors without the people an article places out of their catalog office: a former holder ("former EU
 * foreign policy chief Josep Borrell") or one holding another state's office ("Estonian Prime Minister Kaja
 * Kallas", in 2023) speaks for no actor there, under any of their names (docs/labelling-guide.md: former
 * officials are not the actor).
 */
export function withoutPeopleOutOfOffice(
  actors: readonly Actor[],
  texts: readonly string[],
): readonly Actor[] {
  const actorWords = new Set(
    actors.flatMap((actor) => [...actor.aliases, ...actor.adjectives, ...actor.notAliases]),
  );
  // A mark that is no word keeps a title from reaching across sentences.
  const article = texts.join(" ¶ ");
  const outOfOffice = new Map<string, string[]>();
  for (const actor of actors) {
    for (const person of actor.people ?? []) {
      const pattern = new RegExp(
        `(?<![\\p{L}'’-])${person.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}'’-])`,
        "gu",
      );
      const placed = [...article.matchAll(pattern)].some((match) => {
        const before = article.slice(Math.max(0, match.index - 60), match.index);
        const after = article.slice(match.index + match[0].length, match.index + match[0].length + 60);
        const state = otherStateTitleBefore.exec(before)?.[1];
        const otherState =
          state !== undefined &&
          nationalityWord.test(state) &&
          !actorWords.has(state) &&
          !stateOfficeWords.has(state.toLowerCase());
        return formerTitleBefore.test(before) || outOfOfficeAfter.test(after) || otherState;
      });
      if (placed) outOfOffice.set(actor.name, [...(outOfOffice.get(actor.name) ?? []), person]);
    }
  }
  if (outOfOffice.size === 0) return actors;
  return actors.map((actor) => {
    const placed = outOfOffice.get(actor.name);
    if (!placed) return actor;
    // Every form of the same person: "Kallas" with "Kaja Kallas".
    const words = (name: string) => name.split(/\s+/u);
    const samePerson = (name: string) =>
      placed.some((known) => {
        const [shorter, longer] = [words(name), words(known)].sort((a, b) => a.length - b.length);
        return (
          shorter !== undefined && longer !== undefined && shorter.every((word) => longer.includes(word))
        );
      });
    const keep = (name: string) => !samePerson(name);
    return {
      ...actor,
      people: (actor.people ?? []).filter(keep),
      aliases: actor.aliases.filter(keep),
      pronouns: Object.fromEntries(Object.entries(actor.pronouns).filter(([name]) => keep(name))),
    };
  });
}
