import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction, Socket } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import type { buildConnector, Dispatcher } from "undici";
import { BriefError, isBriefError } from "../domain/errors";
import {
  type AddressPolicy,
  addressRefusal,
  allowedOnOtherPorts,
  bareHostname,
  checkUrl,
  fetchRefused,
  isAllowedHost,
  isIpLiteral,
} from "./addressPolicy";

/**
 * Fetches one public page under the SSRF rules of addressPolicy.ts. Every hop of a redirect is checked as a new
 * URL; every name is resolved by our own lookup, which refuses it when any of its addresses is not public, and
 * the socket connects to an address that lookup returned (no second resolution to rebind). The address a
 * socket actually reached is checked once more before a byte is sent.
 */

export type PageKind = "html" | "feed";

export interface FetchedPage {
  /** Where the page was finally fetched from, after redirects. */
  url: string;
  contentType: string;
  /** The charset the Content-Type header declares, if any. */
  charset: string | undefined;
  bytes: Buffer;
}

export interface GuardedFetchOptions {
  policy: AddressPolicy;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  /** Name resolution; tests inject one that maps public-looking names to loopback. */
  lookup?: LookupFunction;
}

export type GuardedFetch = (url: string, kind?: PageKind) => Promise<FetchedPage>;

const acceptedTypes: Record<PageKind, readonly string[]> = {
  html: ["text/html", "application/xhtml+xml"],
  feed: [
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    // Many servers label feeds as plain text or even HTML; the feed parser decides.
    "text/plain",
    "text/html",
  ],
};

const acceptHeaders: Record<PageKind, string> = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  feed: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.1",
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function lookupAll(lookup: LookupFunction, hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(hostname, { all: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(Array.isArray(addresses) ? addresses : [{ address: String(addresses), family: 0 }]);
    });
  });
}

/**
 * The lookup handed to net.connect: resolves every address of the name and refuses the name when any one of
 * them is not public, so a name cannot mix a public address with an internal one.
 */
export function refusingLookup(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    lookupAll(lookup, hostname).then(
      (addresses) => {
        for (const { address } of addresses) {
          const refusal = addressRefusal(address);
          if (refusal) {
            callback(
              fetchRefused(hostname, `its name resolves to ${refusal}`, { address }) as NodeJS.ErrnoException,
              "",
            );
            return;
          }
        }
        const first = addresses[0];
        if (!first)
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
        else if (options.all)
          (callback as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
}

/** undici's connector with the checks above; an allowed host connects without them. */
function guardedConnector(
  buildConnector: typeof import("undici").buildConnector,
  policy: AddressPolicy,
  lookup: LookupFunction,
  timeoutMs: number,
) {
  const checked = buildConnector({ lookup: refusingLookup(lookup), timeout: timeoutMs });
  const unchecked = buildConnector({ timeout: timeoutMs });
  const connector: buildConnector.connector = (options, callback) => {
    const host = bareHostname(options.hostname);
    const port = Number(options.port) || (options.protocol === "https:" ? 443 : 80);
    if (isAllowedHost(policy, host, port)) {
      unchecked(options, callback);
      return;
    }
    // net.connect does not call the lookup for an IP literal, so a literal is checked here.
    const literalRefusal = isIpLiteral(host) ? addressRefusal(host) : undefined;
    if (literalRefusal) {
      callback(fetchRefused(host, `it points at ${literalRefusal}`, { address: host }), null);
      return;
    }
    checked(options, (error, socket) => {
      if (error) {
        // A name the operator allowed on another port: that is what the person can act on.
        const otherPorts = allowedOnOtherPorts(policy, host, port);
        const refusal =
          otherPorts && isBriefError(error, "fetch_refused")
            ? fetchRefused(host, otherPorts, { address: error.details.address })
            : error;
        callback(refusal, null);
        return;
      }
      const connected = (socket as Socket).remoteAddress ?? "";
      const refusal = addressRefusal(connected);
      if (refusal) {
        (socket as Socket).destroy();
        callback(fetchRefused(host, `it connected to ${refusal}`, { address: connected }), null);
        return;
      }
      callback(null, socket as Socket);
    });
  };
  return connector;
}

function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function parseContentType(header: string): { type: string; charset: string | undefined } {
  const [type = "", ...parameters] = header.split(";").map((part) => part.trim());
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  return { type: type.toLowerCase(), charset };
}

/** Drops a body we will not read; destroying it emits an abort error that nothing needs to hear. */
function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

function tooLarge(url: string, maxBytes: number): BriefError {
  return new BriefError(
    "fetch_failed",
    `The page at ${url} is larger than the ${megabytes(maxBytes)} I read.`,
    {
      url,
      maxBytes,
    },
  );
}

/** Reads the (decompressed) body, stopping at the byte cap so a huge or zip-bomb page costs little. */
async function readCapped(body: Readable, encoding: string, url: string, maxBytes: number): Promise<Buffer> {
  const decompressor =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : undefined;
  const stream: Readable = decompressor ? body.pipe(decompressor) : body;
  if (decompressor) body.on("error", (error) => decompressor.destroy(error));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (isBriefError(error)) throw error;
    throw new BriefError(
      "fetch_failed",
      `The page at ${url} could not be read to the end.`,
      { url },
      {
        cause: error,
      },
    );
  } finally {
    discard(body);
    decompressor?.destroy();
  }
  return Buffer.concat(chunks);
}

/** A network failure in one line a person can act on; the error itself goes to the log via `cause`. */
function networkFailure(url: string, error: unknown, timeoutMs: number): BriefError {
  // The connector knows only the host; the person should see the link they gave.
  if (isBriefError(error, "fetch_refused"))
    return fetchRefused(url, String(error.details.reason), error.details);
  if (isBriefError(error)) return error;
  const code = String(
    (error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code,
  );
  const name = (error as { name?: unknown }).name;
  const host = new URL(url).host;
  const reason =
    name === "TimeoutError" || name === "AbortError" || code.includes("TIMEOUT")
      ? `${host} did not answer within ${Number((timeoutMs / 1000).toFixed(1))} s`
      : code === "ENOTFOUND" || code === "EAI_AGAIN"
        ? `there is no site called ${host}`
        : code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EHOSTUNREACH"
          ? `${host} refused or dropped the connection`
          : code.startsWith("ERR_TLS") || code.includes("CERT") || code.includes("SSL")
            ? `${host}'s certificate is not valid`
            : `${host} could not be reached`;
  return new BriefError(
    "fetch_failed",
    `I could not fetch ${url}: ${reason}.`,
    { url, code },
    { cause: error },
  );
}

function httpFailure(url: string, status: number): BriefError {
  const reason =
    status === 401 || status === 402 || status === 403
      ? `the site refused it (HTTP ${status}); it may need a subscription`
      : status === 404 || status === 410
        ? `the site has no such page (HTTP ${status})`
        : status === 429
          ? "the site is rate-limiting me (HTTP 429); try again later"
          : `the site answered HTTP ${status}`;
  return new BriefError("fetch_failed", `I could not fetch ${url}: ${reason}.`, {
    url,
    status,
    pasteInstead: status === 401 || status === 402 || status === 403,
  });
}

/** A refusal met after a redirect names both ends, so the person sees why a public link was refused. */
function afterRedirect(error: unknown, from: string | undefined): unknown {
  if (from === undefined || !isBriefError(error, "fetch_refused")) return error;
  return new BriefError(
    "fetch_refused",
    `I won't follow the redirect from ${from} to ${String(error.details.url)}: ${String(error.details.reason)}.`,
    { ...error.details, redirectedFrom: from },
  );
}

export function createGuardedFetch(options: GuardedFetchOptions): GuardedFetch {
  const { policy, maxBytes, timeoutMs } = options;
  const maxRedirects = options.maxRedirects ?? 5;
  const lookup = options.lookup ?? (dnsLookup as LookupFunction);

  return async (address, kind = "html") => {
    let url: URL;
    try {
      url = new URL(address.trim());
    } catch {
      throw new BriefError("bad_input", `That is not a link I can read: ${address.trim().slice(0, 200)}`);
    }
    // Loaded on first use: most commands never fetch, and undici costs start-up time.
    const { Agent, buildConnector, request } = await import("undici");
    // A fresh agent per page: its connections (and their checked addresses) die with this fetch.
    const agent = new Agent({
      connect: guardedConnector(buildConnector, policy, lookup, timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connections: 1,
    });
    const signal = AbortSignal.timeout(timeoutMs);
    let redirectedFrom: string | undefined;
    try {
      for (let hop = 0; ; hop += 1) {
        try {
          checkUrl(url, policy, hop === 0 ? address.trim() : url.href);
        } catch (error) {
          throw afterRedirect(error, redirectedFrom);
        }
        let response: Dispatcher.ResponseData;
        try {
          response = await request(url, {
            dispatcher: agent,
            method: "GET",
            signal,
            headers: {
              "user-agent": "brief-bot/0.1 (article fetcher for cited briefings)",
              accept: acceptHeaders[kind],
              "accept-encoding": "gzip, deflate, br",
            },
          });
        } catch (error) {
          throw afterRedirect(networkFailure(url.href, error, timeoutMs), redirectedFrom);
        }
        const { statusCode, headers, body } = response;
        if (redirectStatuses.has(statusCode)) {
          discard(body);
          const location = headerValue(headers, "location");
          if (!location) throw httpFailure(url.href, statusCode);
          if (hop >= maxRedirects)
            throw new BriefError(
              "fetch_failed",
              `I could not fetch ${address}: more than ${maxRedirects} redirects.`,
              {
                url: address,
              },
            );
          redirectedFrom = url.href;
          try {
            url = new URL(location, url);
          } catch {
            throw new BriefError(
              "fetch_failed",
              `I could not fetch ${address}: it redirects to a broken link.`,
              {
                url: address,
                location,
              },
            );
          }
          continue;
        }
        if (statusCode < 200 || statusCode > 299) {
          discard(body);
          throw httpFailure(url.href, statusCode);
        }
        const { type, charset } = parseContentType(headerValue(headers, "content-type"));
        if (type !== "" && !acceptedTypes[kind].includes(type)) {
          discard(body);
          throw new BriefError(
            "fetch_failed",
            `${url.href} is not ${kind === "html" ? "a web page" : "a feed"} (it is ${type}).`,
            { url: url.href, contentType: type },
          );
        }
        const declaredLength = Number(headerValue(headers, "content-length"));
        if (declaredLength > maxBytes) {
          discard(body);
          throw tooLarge(url.href, maxBytes);
        }
        const encoding = headerValue(headers, "content-encoding").toLowerCase().trim();
        let bytes: Buffer;
        try {
          bytes = await readCapped(body, encoding, url.href, maxBytes);
        } catch (error) {
          throw signal.aborted ? networkFailure(url.href, signal.reason, timeoutMs) : error;
        }
        return { url: url.href, contentType: type, charset, bytes };
      }
    } finally {
      void agent.destroy().catch(() => {});
    }
  };
}
