/**
 * Where to go after signing in: a path of this site ("/needs?x=1"), never another site
 * ("//elsewhere.example", "/\elsewhere", "https://…"). The address bar can carry anything, so every
 * reader of ?redirect= goes through this.
 */
export function returnPath(value: unknown): string {
  return isSameOriginPath(value) ? value : '/';
}

export function isSameOriginPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}
