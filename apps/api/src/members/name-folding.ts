/**
 * Case- and accent-blind comparison of names, the same in JavaScript and in SQL (Postgres'
 * translate(), no extension needed): Latin letters lose their accents, Arabic its vowel marks,
 * tatweel and alef/yeh/teh marbuta variants, typographic apostrophes become '.
 */
const PAIRS: [string, string][] = [];

// Latin-1 Supplement and Latin Extended-A: every letter whose decomposition is one ASCII letter plus marks.
for (let code = 0xc0; code <= 0x17f; code++) {
  const char = String.fromCharCode(code);
  const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[a-z]$/.test(base)) PAIRS.push([char, base]);
}
PAIRS.push(['ł', 'l'], ['Ł', 'l'], ['ø', 'o'], ['Ø', 'o'], ['đ', 'd'], ['Đ', 'd']);
for (const alef of 'أإآٱ') PAIRS.push([alef, 'ا']);
PAIRS.push(['ة', 'ه'], ['ى', 'ي'], ['’', "'"], ['‘', "'"], ['`', "'"], ['´', "'"]);

/** Removed: Arabic harakat, shadda, sukun, superscript alef, tatweel. */
const REMOVED = '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640';

const MAP = new Map(PAIRS);
const FROM = PAIRS.map(([from]) => from).join('') + REMOVED;
const TO = PAIRS.map(([, to]) => to).join('');

/** The folded form of `text`: what foldedSql(column) computes in Postgres. */
export function foldName(text: string): string {
  let folded = '';
  for (const char of text.toLowerCase()) {
    if (REMOVED.includes(char)) continue;
    folded += MAP.get(char) ?? char;
  }
  return folded;
}

/** The SQL of foldName(column); lower() first for ASCII, the map for the rest (whatever the database's locale). */
export function foldedSql(column: string): string {
  return `translate(lower(${column}), '${FROM.replace(/'/g, "''")}', '${TO.replace(/'/g, "''")}')`;
}
