/**
 * IndexSettings.synonyms as a symmetric map: each entry is a group whose members all stand for
 * one another ({ argan: [arganier] } makes "arganier" find "argan" and the reverse).
 */
export function mutualSynonyms(synonyms: Record<string, string[]> | undefined): Record<string, string[]> {
  const result = new Map<string, Set<string>>();
  for (const [word, others] of Object.entries(synonyms ?? {})) {
    const group = [word, ...others];
    for (const member of group) {
      const alternatives = result.get(member) ?? new Set<string>();
      group.filter((other) => other !== member).forEach((other) => alternatives.add(other));
      result.set(member, alternatives);
    }
  }
  return Object.fromEntries([...result].map(([word, alternatives]) => [word, [...alternatives]]));
}
