import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadActorCatalog, parseActorList, readActorNames, resolveActors } from "../../src/actors/actors";
import { projectRoot } from "../../src/config";
import { isBriefError } from "../../src/domain/errors";
import { temporaryFile } from "../support/tempDatabase";

const catalog = loadActorCatalog(path.join(projectRoot, "data", "actors.json"));

describe("actors", () => {
  it("defaults to China, Russia, Ukraine and the EU", () => {
    expect(resolveActors(catalog).map((actor) => actor.name)).toEqual(["China", "Russia", "Ukraine", "EU"]);
  });

  it("resolves names and aliases in any case, once each", () => {
    const names = resolveActors(catalog, ["beijing", "Kremlin", "european union", "China"]).map(
      (actor) => actor.name,
    );
    expect(names).toEqual(["China", "Russia", "EU"]);
  });

  it("keeps an unknown but well-formed actor as its own alias", () => {
    expect(resolveActors(catalog, ["Iran"])).toEqual([
      {
        name: "Iran",
        aliases: ["Iran"],
        adjectives: [],
        notAliases: [],
        backReferences: [],
        familyNameFirst: false,
        officialSites: [],
        stateAgencies: [],
        referredToAs: "Iran",
        people: [],
        pronouns: {},
      },
    ]);
  });

  it("does not count Europe or the West as the EU", () => {
    const eu = resolveActors(catalog, ["EU"])[0];
    expect(eu?.aliases).not.toContain("Europe");
    expect(eu?.notAliases).toEqual(expect.arrayContaining(["Europe", "the West", "Western nations"]));
  });

  it("names a broken actor file instead of crashing", () => {
    expect(() => loadActorCatalog(temporaryFile("actors.json", "{ not json"))).toThrow(/not readable JSON/);
    expect(() => loadActorCatalog(temporaryFile("actors.json", '{"defaults": [], "actors": []}'))).toThrow(
      /invalid/,
    );
  });

  it("rejects malformed actor lists", () => {
    for (const bad of [",,", " "]) expect(() => parseActorList(bad)).toThrow(/--actors/);
    try {
      resolveActors(catalog, ["<!channel>"]);
      expect.unreachable();
    } catch (error) {
      expect(isBriefError(error, "bad_input")).toBe(true);
    }
  });

  it("reads typed actor names, multi-word names and aliases first, in other scripts too", () => {
    const read = (text: string) => {
      const { actors, unknown } = readActorNames(catalog, text);
      return { actors: actors.map((actor) => actor.name), unknown };
    };
    expect(read("European Union")).toEqual({ actors: ["EU"], unknown: [] });
    expect(read("China European Union")).toEqual({ actors: ["China", "EU"], unknown: [] });
    expect(read("Xi Jinping, kallas")).toEqual({ actors: ["China", "EU"], unknown: [] });
    expect(read("中国 Россия Україна")).toEqual({ actors: ["China", "Russia", "Ukraine"], unknown: [] });
    expect(read("China EU Beijing (EU).")).toEqual({ actors: ["China", "EU"], unknown: [] });
    // "European" names no actor (the catalog's notAliases): it stays unknown rather than becoming one.
    expect(read("European China")).toEqual({ actors: ["China"], unknown: ["European"] });
    expect(read("Reset your password at evil.example")).toEqual({
      actors: [],
      unknown: ["Reset your password at evil.example"],
    });
    expect(read("China, Iran, North Korea")).toEqual({ actors: ["China"], unknown: ["Iran", "North Korea"] });
  });
});
