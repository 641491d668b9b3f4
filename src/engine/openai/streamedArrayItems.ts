/**
 * Reads a JSON object as it streams in and hands over each item of its first array (`{"positions": [ … ]}`)
 * as soon as the item's text is complete, parsed. Text before the object (a Markdown fence) is skipped. Only
 * brackets outside strings count, so a point's text may hold any of `{}[]",\`. A complete item that is not
 * JSON (the model's mistake) is skipped: the whole reply is parsed and validated again at its end.
 */
export interface StreamedArrayItems {
  /** Feeds the next piece of text; returns the items completed by it, in order. */
  push(text: string): unknown[];
}

export function createStreamedArrayItems(): StreamedArrayItems {
  let buffer = "";
  let scanned = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** The depth of the first array once it opened (an item then sits at that depth + 1). */
  let arrayDepth: number | undefined;
  let arrayDone = false;
  let itemStart: number | undefined;
  return {
    push(text) {
      buffer += text;
      const items: unknown[] = [];
      for (; scanned < buffer.length && !arrayDone; scanned += 1) {
        const character = buffer[scanned];
        if (inString) {
          if (escaped) escaped = false;
          else if (character === "\\") escaped = true;
          else if (character === '"') inString = false;
          continue;
        }
        if (character === '"') inString = true;
        else if (character === "{" || character === "[") {
          depth += 1;
          if (character === "[" && arrayDepth === undefined && depth >= 2) arrayDepth = depth;
          else if (arrayDepth !== undefined && depth === arrayDepth + 1) itemStart = scanned;
        } else if (character === "}" || character === "]") {
          if (arrayDepth !== undefined && depth === arrayDepth + 1 && itemStart !== undefined) {
            try {
              items.push(JSON.parse(buffer.slice(itemStart, scanned + 1)));
            } catch {
              // Not JSON after all: the reply's own parse at the end says what is wrong with it.
            }
            itemStart = undefined;
          }
          if (arrayDepth !== undefined && depth === arrayDepth) arrayDone = true;
          depth -= 1;
        }
      }
      return items;
    },
  };
}
