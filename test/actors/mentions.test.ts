import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, resolveActors } from "../../src/actors/actors";
import { actorsMentionedIn, findActorMentions, mentionsActor } from "../../src/actors/mentions";
import { ActorSchema } from "../../src/domain/actor";

const catalog = loadActorCatalog(path.join(import.meta.dirname, "../../data/actors.json"));
const [china, russia, ukraine, eu] = resolveActors(catalog);
if (!china || !russia || !ukraine || !eu) throw new Error("the default actors are missing");
const defaults = [china, russia, ukraine, eu];
const names = (text: string) => actorsMentionedIn(text, defaults).map((actor) => actor.name);

describe("actor mentions", () => {
  it("reads a '*' in an alias as up to two capitalised words: 'European * Commissioner'", () => {
    expect(names("European Energy Commissioner Dan Jorgensen spoke.")).toEqual(["EU"]);
    expect(names("European Commissioner for Trade Maros Sefcovic spoke.")).toEqual(["EU"]);
    expect(names("A European energy commissioner spoke.")).toEqual([]);
  });

  it("matches aliases as whole words only", () => {
    expect(mentionsActor("Xi arrived in Moscow.", china)).toBe(true);
    expect(mentionsActor("Officials in Xinjiang and Xian met.", china)).toBe(false);
    expect(mentionsActor("China's foreign ministry said.", china)).toBe(true);
  });

  it("finds a Chinese given name spelled with a hyphen, and only the catalog's person", () => {
    expect(mentionsActor("spokesman Guo Jia-kun told reporters", china)).toBe(true);
    expect(mentionsActor("spokesman Guo Jiakun told reporters", china)).toBe(true);
    expect(mentionsActor("analyst Guo Jiaming told reporters", china)).toBe(false);
  });

  it("finds both actors in compound adjectives", () => {
    expect(names("The Sino-Russian bond deepens.")).toEqual(["China", "Russia"]);
    expect(names("the Russian-Chinese foreign policy accord")).toEqual(["China", "Russia"]);
  });

  it("does not take the West, Western nations or Europe for the EU", () => {
    expect(mentionsActor("Western nations accused China.", eu)).toBe(false);
    expect(mentionsActor("a united front against the West", eu)).toBe(false);
    expect(mentionsActor("Europe and European leaders worry.", eu)).toBe(false);
    expect(mentionsActor("The European Union may find itself in a complex situation.", eu)).toBe(true);
    expect(mentionsActor("Von der Leyen spoke; the E.U. agreed; EU ministers met.", eu)).toBe(true);
  });

  it("lets a notAlias at least as long as an alias cancel it", () => {
    const region = ActorSchema.parse({
      name: "Region",
      aliases: ["Europe", "European Union"],
      notAliases: ["Europe"],
      referredToAs: "the region",
    });
    expect(mentionsActor("Europe is cold.", region)).toBe(false);
    expect(mentionsActor("The European Union is cold.", region)).toBe(true);
  });

  it("keeps capitalised aliases case-sensitive unless asked otherwise", () => {
    const us = resolveActors(catalog, ["US"])[0];
    if (!us) throw new Error("US is missing from the catalog");
    expect(mentionsActor("Tell us more.", us)).toBe(false);
    expect(mentionsActor("The US imposed tariffs.", us)).toBe(true);
    expect(mentionsActor("what did beijing say?", china)).toBe(false);
    expect(mentionsActor("what did beijing say?", china, { ignoreCase: true })).toBe(true);
  });

  it("reports each mention once, longest alias first, in reading order", () => {
    const mentions = findActorMentions("Xi Jinping met Putin in Moscow.", defaults);
    expect(mentions.map((mention) => [mention.actor, mention.matched])).toEqual([
      ["China", "Xi Jinping"],
      ["Russia", "Putin"],
      ["Russia", "Moscow"],
    ]);
    const first = mentions[0];
    expect(first && "Xi Jinping met Putin in Moscow.".slice(first.start, first.end)).toBe("Xi Jinping");
  });
});
