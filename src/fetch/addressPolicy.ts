import ipaddr from "ipaddr.js";
import type { AllowedHost } from "../config";
import { BriefError } from "../domain/errors";

/**
 * Which URLs and addresses the fetcher may reach. A bot that fetches what users paste must not become a way
 * into the company's network (SSRF): only public unicast addresses, only http(s) on ports 80 and 443, unless an
 * operator names a host (and port) in BRIEF_FETCH_ALLOW_HOSTS.
 */

export interface AddressPolicy {
  allowHosts: readonly AllowedHost[];
  /** The ports a host not on the allow list may use. */
  ports: readonly number[];
}

export const standardPorts: readonly number[] = [80, 443];

/** The URL's host without IPv6 brackets, lower case. */
export function bareHostname(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, "").toLowerCase();
}

function effectivePort(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/** True when the operator allowed this host (and this port, or a standard one when the entry names none). */
export function isAllowedHost(policy: AddressPolicy, hostname: string, port: number): boolean {
  const host = bareHostname(hostname);
  return policy.allowHosts.some(
    (allowed) =>
      allowed.host === host &&
      (allowed.port === undefined ? standardPorts.includes(port) : allowed.port === port),
  );
}

/**
 * Why a link to a host the operator allowed on other ports only is refused ("127.0.0.1 is allowed on port 8080
 * only, not 80", a link without a port being on 80 or 443), rather than a reason that says the host is
 * blocked; undefined for a host not on the allow list.
 */
export function allowedOnOtherPorts(
  policy: AddressPolicy,
  hostname: string,
  port: number,
): string | undefined {
  const host = bareHostname(hostname);
  const ports = [
    ...new Set(
      policy.allowHosts
        .filter((allowed) => allowed.host === host)
        .flatMap((allowed) => (allowed.port === undefined ? standardPorts : [allowed.port])),
    ),
  ];
  if (ports.length === 0) return undefined;
  return `${host} is allowed on port${ports.length > 1 ? "s" : ""} ${ports.join(" and ")} only, not ${port}`;
}

const rangeDescriptions: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private network address",
  uniqueLocal: "a private network address",
  linkLocal: "a link-local address (such as the cloud metadata service)",
  carrierGradeNat: "a carrier-grade NAT address",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  unspecified: "an unspecified address",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
  reserved: "a reserved address",
};

/** Why an IP address may not be fetched from, or undefined for a public unicast address. */
export function addressRefusal(address: string): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(bareHostname(address).replace(/%.*$/, ""));
  } catch {
    return "an address that cannot be read";
  }
  const range = parsed.range();
  if (range === "unicast") return undefined;
  return rangeDescriptions[range] ?? `a special-purpose address (${range})`;
}

export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(bareHostname(hostname));
}

/** The one-line refusal every blocked fetch ends in; `reason` says what the person can act on. */
export function fetchRefused(url: string, reason: string, details: Record<string, unknown> = {}): BriefError {
  return new BriefError("fetch_refused", `I won't fetch ${url}: ${reason}.`, { url, reason, ...details });
}

/**
 * Checks a URL before any connection: a readable http(s) URL without credentials, a host that is not a
 * non-public IP literal, a standard port. WHATWG URL parsing has already turned numeric hosts (`2130706433`,
 * `0x7f000001`, `127.1`) into dotted form, so they are checked like any literal. Names are checked when they
 * resolve (see guardedFetch).
 */
export function checkUrl(url: URL, policy: AddressPolicy, shown: string = url.href): void {
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw fetchRefused(shown, "only http and https links can be fetched");
  if (url.username || url.password)
    throw fetchRefused(shown, "links with a user name or password are refused");
  const port = effectivePort(url);
  if (isAllowedHost(policy, url.hostname, port)) return;
  const otherPorts = allowedOnOtherPorts(policy, url.hostname, port);
  if (isIpLiteral(url.hostname)) {
    const refusal = addressRefusal(url.hostname);
    // `http://2130706433/` is shown as typed, with the address it means.
    const address = bareHostname(url.hostname);
    const spelledOut = shown.toLowerCase().includes(address) ? "" : ` (${address})`;
    if (refusal) throw fetchRefused(shown, otherPorts ?? `it points at ${refusal}${spelledOut}`, { address });
  }
  if (!policy.ports.includes(port))
    throw fetchRefused(shown, otherPorts ?? "only ports 80 and 443 can be fetched");
}
