import starter from '../../data/glossary/starter-glossary.json';
import type { GlossaryConcept } from './glossary';

/** One entry of the shipped starter glossary (libs/text/data/glossary, see its README). */
export interface StarterGlossaryEntry extends GlossaryConcept {
  category: 'product' | 'by-product' | 'process' | 'cosmetic' | 'quality';
  definition?: string;
}

/** The shipped starter glossary for Morocco's agri-food and cosmetics sectors (222 entries). */
export function starterGlossary(): StarterGlossaryEntry[] {
  return (starter as unknown as { entries: StarterGlossaryEntry[] }).entries.map((entry) => ({ ...entry }));
}
