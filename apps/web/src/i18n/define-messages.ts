/**
 * A feature's messages: French is the reference, Arabic and English must have the same keys
 * (the compiler says which one is missing). Features keep their catalogue beside their pages.
 */
export interface FeatureMessages<K extends string> {
  fr: Record<K, string>;
  ar: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(fr: Record<K, string>, others: { ar: Record<NoInfer<K>, string>; en: Record<NoInfer<K>, string> }): FeatureMessages<K> {
  return { fr, ...others };
}
