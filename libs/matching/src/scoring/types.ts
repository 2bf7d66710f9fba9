/** Plain-object inputs and outputs of the matcher: no framework, no database types. */

import type { Language } from '../../../text/src';

export type MatchLanguage = Language;

/** AGRIFOOD, COSMETICS, BOTH — or any other sector code; BOTH matches every sector. */
export type MatchSector = string;

export interface MatchPublication {
  title: string;
  abstract?: string | null;
  year?: number | null;
}

export interface MatchNeed {
  id: string;
  title: string;
  description: string;
  keywords?: readonly string[] | null;
  /** Language the need is written in; detected from its text when absent. */
  language?: MatchLanguage | null;
  sector?: MatchSector | null;
  trlCurrent?: number | null;
  trlTarget?: number | null;
  city?: string | null;
  region?: string | null;
  /** The industrial organisation, for the diversity step of rankNeeds. */
  organisationId?: string | null;
}

export interface MatchResearcher {
  id: string;
  /** The laboratory (or organisation), for the diversity step of rankResearchers. */
  organisationId?: string | null;
  headline?: string | null;
  expertise?: string | null;
  keywords?: readonly string[] | null;
  techniques?: readonly string[] | null;
  equipment?: readonly string[] | null;
  publications?: readonly MatchPublication[] | null;
  /** Languages the profile is written in / the researcher works in. */
  languages?: readonly MatchLanguage[] | null;
  sectors?: readonly MatchSector[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  city?: string | null;
  region?: string | null;
}

export type FeatureName = 'lexical' | 'concepts' | 'sector' | 'trl' | 'techniques' | 'equipment' | 'languages' | 'place';

export interface FeatureContribution {
  name: FeatureName;
  /** weight × value; the contributions of a match sum to its score. */
  contribution: number;
  /** The feature's own measure, in [0, 1]. */
  value: number;
  weight: number;
  /** What was measured, for staff and logs (English, not localised). */
  detail: string;
}

export interface Match {
  needId: string;
  researcherId: string;
  score: number;
  features: FeatureContribution[];
  /** Short sentences in the viewer's language, strongest evidence first. */
  reasons: string[];
}
