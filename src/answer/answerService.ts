import { resolveActors } from "../actors/actors";
import type { ActorCatalog } from "../domain/actor";
import { type Answer, AnswerSchema, type ThreadTurn } from "../domain/answer";
import type { AnswerEngine } from "../domain/engine";
import { BriefError } from "../domain/errors";
import type { Logger } from "../log";
import { analyseQuestion, isBlankQuestion, type QuestionTerms } from "../retrieve/questionTerms";
import type { SearchConcepts, SearchIndex } from "../retrieve/searchIndex";
import { requireArticle, type SlugSuggester } from "../retrieve/suggestArticles";
import type { ArticleStore } from "../store/articleStore";
import type { ThreadMemory } from "../threads/threadMemory";
import { verifyAnswerResult } from "../verify/verifyEngineResults";
import { readStance, stanceSentenceIds } from "./stanceReading";

/** The follow-up service the edges call: one question about one stored article, optionally in a thread. */
export interface AskOptions {
  /** Thread memory key, e.g. "C123:1767225600.000100" in Slack or a --thread id in the CLI. */
  threadKey?: string | undefined;
}

export interface AnswerService {
  ask(slug: string, question: string, options?: AskOptions): Promise<Answer>;
}

export const maxQuestionCharacters = 2_000;

/**
 * What to search for. A question that points back ("And what did Russia say about that?") borrows the topic
 * words of the thread's previous question, so "that" finds the truce again. A question about what an actor
 * says or thinks ranks the sentences where someone speaks first.
 */
function searchConceptsFor(
  terms: QuestionTerms,
  history: readonly ThreadTurn[],
  actorCatalog: ActorCatalog,
): SearchConcepts {
  const previous = history.at(-1);
  const earlier =
    terms.refersBack && previous ? analyseQuestion(previous.question, actorCatalog.actors) : undefined;
  const actors = terms.actors.length > 0 || !earlier ? terms.actors : earlier.actors;
  const contentTerms = [...new Set([...terms.contentTerms, ...(earlier?.contentTerms ?? [])])];
  const asksAboutActor = actors.length > 0 && (terms.asksForStance || contentTerms.length === 0);
  return { actors, contentTerms, preferStatements: asksAboutActor };
}

/**
 * The follow-up orchestrator: question → retrieval → thread history → engine → verify → sources → a validated
 * Answer.
 */
export function createAnswerService(dependencies: {
  store: ArticleStore;
  /** Names the closest stored slugs when one is unknown. */
  suggest: SlugSuggester;
  actorCatalog: ActorCatalog;
  searchIndex: SearchIndex;
  threads: ThreadMemory;
  engine: AnswerEngine;
  logger: Logger;
}): AnswerService {
  const { store, suggest, actorCatalog, searchIndex, threads, engine, logger } = dependencies;
  return {
    async ask(slug, rawQuestion, options = {}) {
      if (isBlankQuestion(rawQuestion)) {
        throw new BriefError("bad_input", 'Ask a question about the article, e.g. "What did Ukraine say?"', {
          reason: "empty_question",
        });
      }
      const question = rawQuestion.trim();
      const characters = [...question].length;
      if (characters > maxQuestionCharacters) {
        throw new BriefError(
          "bad_input",
          `That question is ${characters.toLocaleString("en-US")} characters long; please ask in at most ${maxQuestionCharacters.toLocaleString("en-US")}.`,
          { reason: "question_too_long", characters },
        );
      }
      const started = performance.now();
      const article = await requireArticle(store, suggest, slug);
      const { threadKey } = options;
      const history = threadKey ? await threads.recent(threadKey, slug) : [];
      const terms = analyseQuestion(question, actorCatalog.actors);
      const concepts = searchConceptsFor(terms, history, actorCatalog);
      const retrieval = await searchIndex.retrieve(slug, concepts);
      // A question about actors is answered from the briefing's reading: its actors' (the default ones) and the
      // asked ones', so an answer places each sentence where the briefing does. A question about an actor and no
      // topic ("What did China say?") is also shown the actor's own words, its bottom line's first.
      const sentences = await store.sentences(slug);
      const briefingActors = [...resolveActors(actorCatalog), ...terms.actors].filter(
        (actor, index, all) => all.findIndex((other) => other.name === actor.name) === index,
      );
      const stance = terms.actors.length > 0 ? readStance(article, sentences, briefingActors) : [];
      const ownIds =
        concepts.preferStatements && concepts.contentTerms.length === 0
          ? stanceSentenceIds(
              stance,
              terms.actors.map((actor) => actor.name),
            )
          : [];
      const passageIds = new Set([...retrieval.passages.map((sentence) => sentence.id), ...ownIds]);
      const request = {
        article,
        question,
        passages: sentences.filter((sentence) => passageIds.has(sentence.id)),
        bestMatches: [...new Set([...retrieval.bestMatches, ...ownIds])],
        actors: terms.actors,
        history,
        stance,
        asksBriefly: terms.asksBriefly,
      };
      const result = verifyAnswerResult(request, await engine.answer(request));
      logger.info("answer.verified", {
        slug,
        engine: result.engine,
        ...result.verification,
        droppedParts: result.dropped,
      });

      // Sources come from the store, never from the engine: a citation of no sentence of this article is dropped.
      const citedIds = result.answer.flatMap((part) => part.citations);
      const sources = (await searchIndex.sentencesById(slug, citedIds)).map(({ id, text }) => ({ id, text }));
      const known = new Set(sources.map((source) => source.id));
      const answerParts = result.answer.map((part) => ({
        ...part,
        citations: [...new Set(part.citations)].filter((id) => known.has(id)),
      }));
      const answer: Answer = AnswerSchema.parse({
        article: { slug: article.slug, title: article.title, url: article.url, hash: article.hash },
        question,
        found: result.found,
        answer: answerParts,
        sources,
        engine: result.engine,
        promptVersion: result.promptVersion,
        verification: result.verification,
        usage: result.usage,
        notes: result.notes,
      });
      if (threadKey) {
        await threads.record(threadKey, slug, {
          question,
          answer: answerParts.map((part) => part.text).join(" "),
          citations: [...known],
        });
      }
      logger.info("answer.built", {
        slug,
        engine: answer.engine,
        found: answer.found,
        passages: retrieval.passages.length,
        bestMatches: retrieval.bestMatches,
        historyTurns: history.length,
        ms: Math.round(performance.now() - started),
      });
      return answer;
    },
  };
}
