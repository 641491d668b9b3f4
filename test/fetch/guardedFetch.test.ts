import diagnosticsChannel from "node:diagnostics_channel";
import type { LookupFunction } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BriefError } from "../../src/domain/errors";
import { type AddressPolicy, standardPorts } from "../../src/fetch/addressPolicy";
import { createGuardedFetch, type GuardedFetchOptions, refusingLookup } from "../../src/fetch/guardedFetch";
import { briefErrorOf } from "../support/briefErrorOf";
import { type NewsServer, startNewsServer, wirePage } from "../support/newsPages";

/**
 * The SSRF rules, against loopback servers that count every connection offered to them: a refused fetch must
 * be refused before any connection, with one line saying why.
 */

const servers: NewsServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(...args: Parameters<typeof startNewsServer>): Promise<NewsServer> {
  const server = await startNewsServer(...args);
  servers.push(server);
  return server;
}

/** Every host undici tried to connect to during a test (none for a URL refused up front). */
const connectAttempts: string[] = [];
const recordAttempt = (message: unknown) => {
  const { connectParams } = message as { connectParams: { hostname: string; port: string } };
  connectAttempts.push(`${connectParams.hostname}:${connectParams.port}`);
};
beforeEach(() => {
  connectAttempts.length = 0;
  diagnosticsChannel.subscribe("undici:client:beforeConnect", recordAttempt);
});
afterEach(() => {
  diagnosticsChannel.unsubscribe("undici:client:beforeConnect", recordAttempt);
});

const noAllowList: AddressPolicy = { allowHosts: [], ports: standardPorts };

function fetcher(overrides: Partial<GuardedFetchOptions> = {}) {
  return createGuardedFetch({ policy: noAllowList, maxBytes: 1_000_000, timeoutMs: 2_000, ...overrides });
}

/** A lookup that answers every name with `addresses` and counts its calls. */
function fakeLookup(addresses: Record<string, string[]>) {
  const calls: string[] = [];
  const lookup: LookupFunction = (hostname, options, callback) => {
    calls.push(hostname);
    const found = addresses[hostname];
    const answer = (callback as (error: NodeJS.ErrnoException | null, addresses: unknown) => void).bind(null);
    if (!found) answer(Object.assign(new Error("not found"), { code: "ENOTFOUND" }), []);
    else if (options.all)
      answer(
        null,
        found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
      );
    else (callback as (error: null, address: string, family: number) => void)(null, found[0] ?? "", 4);
  };
  return { lookup, calls };
}

describe("guarded fetch: SSRF refusals (no allow list)", () => {
  it("refuses http://127.0.0.1:<port>/ before connecting", async () => {
    const server = await serve([wirePage("/")]);
    const error = await briefErrorOf(fetcher()(`${server.origin}/`));
    expect(error.code).toBe("fetch_refused");
    expect(error.message).toBe(`I won't fetch ${server.origin}/: it points at a loopback address.`);
    expect(server.connections()).toBe(0);
    expect(connectAttempts).toEqual([]);
  });

  it("refuses http://[::1]/ (and on a served port) before connecting", async () => {
    const server = await serve([wirePage("/")], { host: "::1" });
    for (const url of ["http://[::1]/", `http://[::1]:${server.port}/`]) {
      const error = await briefErrorOf(fetcher()(url));
      expect(error.message).toBe(`I won't fetch ${url}: it points at a loopback address.`);
    }
    expect(server.connections()).toBe(0);
    expect(connectAttempts).toEqual([]);
  });

  it("refuses the numeric forms 2130706433, 0x7f000001 and 127.1, which URL parsing turns into 127.0.0.1", async () => {
    const server = await serve([wirePage("/")]);
    for (const host of ["2130706433", "0x7f000001", "127.1", "0177.0.0.1"]) {
      const url = `http://${host}:${server.port}/`;
      const error = await briefErrorOf(fetcher({ policy: { allowHosts: [], ports: [server.port] } })(url));
      expect(error.message).toBe(`I won't fetch ${url}: it points at a loopback address (127.0.0.1).`);
    }
    const plain = await briefErrorOf(fetcher()("http://2130706433/"));
    expect(plain.message).toBe(
      "I won't fetch http://2130706433/: it points at a loopback address (127.0.0.1).",
    );
    expect(server.connections()).toBe(0);
    expect(connectAttempts).toEqual([]);
  });

  it("refuses the cloud metadata address 169.254.169.254 and other non-public ranges", async () => {
    const error = await briefErrorOf(fetcher()("http://169.254.169.254/latest/meta-data/"));
    expect(error.message).toBe(
      "I won't fetch http://169.254.169.254/latest/meta-data/: it points at a link-local address (such as the cloud metadata service).",
    );
    const reasons: Record<string, string> = {
      "http://10.0.0.5/": "a private network address",
      "http://192.168.1.1/": "a private network address",
      "http://100.64.0.1/": "a carrier-grade NAT address",
      "http://224.0.0.1/": "a multicast address",
      "http://0.0.0.0/": "an unspecified address",
      "http://[::ffff:127.0.0.1]/": "an IPv4-mapped IPv6 address",
      "http://[::ffff:8.8.8.8]/": "an IPv4-mapped IPv6 address",
      "http://[fc00::1]/": "a private network address",
      "http://[fe80::1]/": "a link-local address (such as the cloud metadata service)",
    };
    for (const [url, reason] of Object.entries(reasons)) {
      const refused = await briefErrorOf(fetcher()(url));
      expect(refused.message).toContain(reason);
    }
    expect(connectAttempts).toEqual([]);
  });

  it("refuses a public-looking name that resolves to 127.0.0.1, without connecting", async () => {
    const server = await serve([wirePage("/")]);
    const { lookup, calls } = fakeLookup({ "news.example.com": ["127.0.0.1"] });
    const url = `http://news.example.com:${server.port}/`;
    const error = await briefErrorOf(
      fetcher({ lookup, policy: { allowHosts: [], ports: [server.port] } })(url),
    );
    expect(error.code).toBe("fetch_refused");
    expect(error.message).toBe(`I won't fetch ${url}: its name resolves to a loopback address.`);
    expect(calls).toEqual(["news.example.com"]);
    expect(server.connections()).toBe(0);
  });

  it("refuses a name when any one of its addresses is not public (checked without opening a socket)", async () => {
    const { lookup } = fakeLookup({
      "mixed.example.com": ["8.8.8.8", "10.1.2.3"],
      "public.example.com": ["8.8.8.8", "2001:4860:4860::8888"],
    });
    const resolve = (hostname: string, all: boolean) =>
      new Promise<{ error: NodeJS.ErrnoException | null; addresses: unknown }>((done) =>
        refusingLookup(lookup)(hostname, { all }, (error, addresses) => done({ error, addresses })),
      );
    const mixed = await resolve("mixed.example.com", true);
    expect(mixed.error).toBeInstanceOf(BriefError);
    expect(mixed.error?.message).toBe(
      "I won't fetch mixed.example.com: its name resolves to a private network address.",
    );
    const publicName = await resolve("public.example.com", true);
    expect(publicName.error).toBeNull();
    expect(publicName.addresses).toEqual([
      { address: "8.8.8.8", family: 4 },
      { address: "2001:4860:4860::8888", family: 6 },
    ]);
    expect((await resolve("public.example.com", false)).addresses).toBe("8.8.8.8");
  });

  it("refuses a redirect from an allowed host to a private one, and the private one gets no connection", async () => {
    const target = await serve([wirePage("/secret")]);
    const allowed = await serve([], {
      routes: {
        "/go": (_request, response) => {
          response.writeHead(302, { location: `${target.origin}/secret` });
          response.end();
        },
      },
    });
    const policy: AddressPolicy = {
      allowHosts: [{ host: "127.0.0.1", port: allowed.port }],
      ports: standardPorts,
    };
    const error = await briefErrorOf(fetcher({ policy })(`${allowed.origin}/go`));
    expect(error.code).toBe("fetch_refused");
    expect(error.message).toBe(
      `I won't follow the redirect from ${allowed.origin}/go to ${target.origin}/secret: 127.0.0.1 is allowed on port ${allowed.port} only, not ${target.port}.`,
    );
    expect(allowed.requests).toEqual(["/go"]);
    expect(target.connections()).toBe(0);
  });

  it("refuses a redirect to a name that resolves privately", async () => {
    const target = await serve([wirePage("/")]);
    const allowed = await serve([], {
      routes: {
        "/go": (_request, response) => {
          response.writeHead(301, { location: `http://metadata.internal:${target.port}/` });
          response.end();
        },
      },
    });
    const { lookup } = fakeLookup({ "metadata.internal": ["169.254.169.254"] });
    const policy: AddressPolicy = {
      allowHosts: [{ host: "127.0.0.1", port: allowed.port }],
      ports: [...standardPorts, target.port],
    };
    const error = await briefErrorOf(fetcher({ policy, lookup })(`${allowed.origin}/go`));
    expect(error.message).toContain("its name resolves to a link-local address");
    expect(target.connections()).toBe(0);
  });

  it("refuses other schemes, credentials in links and ports other than 80 and 443", async () => {
    expect((await briefErrorOf(fetcher()("file:///etc/passwd"))).message).toBe(
      "I won't fetch file:///etc/passwd: only http and https links can be fetched.",
    );
    expect((await briefErrorOf(fetcher()("ftp://example.com/"))).code).toBe("fetch_refused");
    expect((await briefErrorOf(fetcher()("http://user:secret@example.com/"))).message).toContain(
      "links with a user name or password are refused",
    );
    const { lookup, calls } = fakeLookup({ "example.com": ["203.0.113.7"] });
    expect((await briefErrorOf(fetcher({ lookup })("http://example.com:8080/"))).message).toBe(
      "I won't fetch http://example.com:8080/: only ports 80 and 443 can be fetched.",
    );
    expect(calls).toEqual([]);
    expect((await briefErrorOf(fetcher()("not a link"))).code).toBe("bad_input");
  });
});

describe("guarded fetch: allowed hosts and limits", () => {
  const allowing = (server: NewsServer, overrides: Partial<GuardedFetchOptions> = {}) =>
    fetcher({
      policy: { allowHosts: [{ host: "127.0.0.1", port: server.port }], ports: standardPorts },
      ...overrides,
    });

  it("fetches from a host named in the allow list, following redirects within it", async () => {
    const page = wirePage("/article");
    const server = await serve([page], {
      routes: {
        "/short": (_request, response) => {
          response.writeHead(301, { location: "/article" });
          response.end();
        },
      },
    });
    const fetched = await allowing(server)(`${server.origin}/short`);
    expect(fetched.url).toBe(`${server.origin}/article`);
    expect(fetched.contentType).toBe("text/html");
    expect(fetched.charset).toBe("utf-8");
    expect(fetched.bytes.equals(page.body)).toBe(true);
  });

  it("allows the port an entry names, and only that one", async () => {
    const server = await serve([wirePage("/")]);
    const other = await serve([wirePage("/")]);
    const error = await briefErrorOf(allowing(server)(`${other.origin}/`));
    expect(error.message).toBe(
      `I won't fetch ${other.origin}/: 127.0.0.1 is allowed on port ${server.port} only, not ${other.port}.`,
    );
    expect(other.connections()).toBe(0);
  });

  it("says a host allowed on another port is allowed there when the link has no port (80 or 443)", async () => {
    const server = await serve([wirePage("/")]);
    for (const [url, port] of [
      ["http://127.0.0.1/page", 80],
      ["https://127.0.0.1/page", 443],
    ] as const)
      expect((await briefErrorOf(allowing(server)(url))).message).toBe(
        `I won't fetch ${url}: 127.0.0.1 is allowed on port ${server.port} only, not ${port}.`,
      );
    // A name allowed on its port, resolving to a private address, the same.
    const { lookup } = fakeLookup({ "wire.internal": ["10.0.0.7"] });
    const policy = { allowHosts: [{ host: "wire.internal", port: server.port }], ports: standardPorts };
    expect((await briefErrorOf(fetcher({ policy, lookup })("http://wire.internal/"))).message).toBe(
      `I won't fetch http://wire.internal/: wire.internal is allowed on port ${server.port} only, not 80.`,
    );
    expect(server.connections()).toBe(0);
    expect(connectAttempts.filter((attempt) => attempt.startsWith("127.0.0.1"))).toEqual([]);
  });

  it("stops after 5 redirects", async () => {
    let hops = 0;
    const server = await serve([], {
      routes: {
        "/loop": (_request, response) => {
          hops += 1;
          response.writeHead(302, { location: "/loop" });
          response.end();
        },
      },
    });
    const error = await briefErrorOf(allowing(server)(`${server.origin}/loop`));
    expect(error.message).toBe(`I could not fetch ${server.origin}/loop: more than 5 redirects.`);
    expect(hops).toBe(6);
  });

  it("refuses pages over the byte cap, by header and by what actually arrives (compressed too)", async () => {
    const big = Buffer.from(`<html><body>${"<p>words</p>".repeat(20_000)}</body></html>`);
    const server = await serve([], {
      routes: {
        "/declared": (_request, response) => {
          response.writeHead(200, { "content-type": "text/html", "content-length": big.length });
          response.end(big);
        },
        "/chunked": (_request, response) => {
          response.writeHead(200, { "content-type": "text/html" });
          response.end(big);
        },
        "/gzip": (_request, response) => {
          response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
          response.end(gzipSync(big));
        },
      },
    });
    const capped = allowing(server, { maxBytes: 100_000 });
    for (const path of ["/declared", "/chunked", "/gzip"]) {
      const error = await briefErrorOf(capped(`${server.origin}${path}`));
      expect(error.code).toBe("fetch_failed");
      expect(error.message).toBe(`The page at ${server.origin}${path} is larger than the 0.1 MB I read.`);
    }
    const fetched = await allowing(server)(`${server.origin}/gzip`);
    expect(fetched.bytes.equals(big)).toBe(true);
  });

  it("refuses what is not a web page and reports HTTP errors in one line", async () => {
    const server = await serve([], {
      routes: {
        "/report.pdf": (_request, response) => {
          response.writeHead(200, { "content-type": "application/pdf" });
          response.end("%PDF-1.7");
        },
        "/members": (_request, response) => {
          response.writeHead(403, { "content-type": "text/html" });
          response.end("<h1>Subscribers only</h1>");
        },
      },
    });
    const fetch = allowing(server);
    expect((await briefErrorOf(fetch(`${server.origin}/report.pdf`))).message).toBe(
      `${server.origin}/report.pdf is not a web page (it is application/pdf).`,
    );
    const forbidden = await briefErrorOf(fetch(`${server.origin}/members`));
    expect(forbidden.message).toBe(
      `I could not fetch ${server.origin}/members: the site refused it (HTTP 403); it may need a subscription.`,
    );
    expect(forbidden.details.pasteInstead).toBe(true);
    expect((await briefErrorOf(fetch(`${server.origin}/missing`))).message).toBe(
      `I could not fetch ${server.origin}/missing: the site has no such page (HTTP 404).`,
    );
  });

  it("gives up on a site that does not answer within the timeout", async () => {
    const server = await serve([], {
      routes: {
        "/slow": (_request, response) => {
          const timer = setTimeout(() => response.end(), 5_000);
          response.on("close", () => clearTimeout(timer));
        },
      },
    });
    // The page would end after 5 s; the error names the 0.3 s timeout, so it was the timeout that ended it.
    const error = await briefErrorOf(allowing(server, { timeoutMs: 300 })(`${server.origin}/slow`));
    expect(error.code).toBe("fetch_failed");
    expect(error.message).toBe(
      `I could not fetch ${server.origin}/slow: 127.0.0.1:${server.port} did not answer within 0.3 s.`,
    );
  });
});
