import { decodeText, encodingForLabel } from "../store/decodeText";

/**
 * The charset a page declares in its first kilobytes, read as ASCII as browsers' prescan does: an XML
 * declaration's encoding (feeds, XHTML) or a meta tag's charset.
 */
function declaredInPage(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4_096)).toString("latin1");
  const xmlDeclaration = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (xmlDeclaration) return xmlDeclaration;
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const declared = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (declared) return declared;
  }
  return undefined;
}

/**
 * A fetched page's text: a byte order mark, then the Content-Type header's charset, then the page's own
 * declaration. A declaration inside the page that says UTF-16 is read as UTF-8, as browsers do: had the page
 * been UTF-16, an ASCII prescan could not have read it.
 */
export function decodePage(bytes: Uint8Array, headerCharset: string | undefined): string {
  if (encodingForLabel(headerCharset) !== undefined) return decodeText(bytes, headerCharset).text;
  const inPage = declaredInPage(bytes);
  return decodeText(bytes, encodingForLabel(inPage)?.startsWith("utf-16") ? "utf-8" : inPage).text;
}
