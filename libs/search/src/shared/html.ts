const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Highlights are HTML text (<mark>…</mark>), so the text around the marks must be escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]);
}

export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';
