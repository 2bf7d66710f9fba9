/** A piece of a search snippet: plain text, or text the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const MARK_TAGS = /(<mark>|<\/mark>)/;
const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-f]{1,6});/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The API's snippets are HTML-escaped text whose only tags are <mark> and </mark>. They become
 * plain text parts for React to render as text nodes (never as HTML): split on the tags, then
 * unescape each character reference once.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of snippet.split(MARK_TAGS)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: unescapeEntities(piece), marked });
  }
  return parts;
}

export function unescapeEntities(text: string): string {
  return text.replace(ENTITY, (reference, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** Characters of context kept before the first match of a long snippet. */
const LEAD = 90;

/** A long snippet starts shortly before its first match, so the match shows in a few lines. */
export function aroundFirstMatch(parts: SnippetPart[]): SnippetPart[] {
  const first = parts.findIndex((part) => part.marked);
  if (first < 0) return parts;
  const before = parts.slice(0, first).map((part) => part.text).join('');
  if (before.length <= LEAD) return parts;
  const cut = before.slice(-LEAD);
  const wordStart = cut.indexOf(' ');
  const lead = `…${wordStart >= 0 && wordStart < LEAD / 2 ? cut.slice(wordStart + 1) : cut}`;
  return [{ text: lead, marked: false }, ...parts.slice(first)];
}

const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** The direction of a text from its first letter, as dir="auto" would decide for it alone. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first && RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}
