import { Inject, Injectable, Logger } from '@nestjs/common';
import { NEEDS_INDEX_SETTINGS, RESEARCHERS_INDEX_SETTINGS } from '../../../../libs/matching/src';
import { IndexSettings, SearchEngine, SearchUnavailableError } from '../../../../libs/search/src';
import { ServiceUnavailableError } from '../common/domain-errors';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { SEARCH_ENGINE } from './search-engine.provider';
import { LiveConceptIndex } from './concept-index.provider';

/** As Meilisearch's default maxValuesPerFacet; the page shows six and the rest behind "show more". */
export const MAX_FACET_VALUES = 100;

/** The deployment's index names (with SEARCH_INDEX_PREFIX) and their settings, applied once per process. */
@Injectable()
export class SearchIndexes {
  private readonly logger = new Logger(SearchIndexes.name);
  readonly needs: string;
  readonly researchers: string;
  private configured: Promise<void> | null = null;
  /** Set while the index is loaded from a snapshot (or rebuilt after a failed load): reads wait for it. */
  private gate: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly concepts: LiveConceptIndex,
  ) {
    this.needs = `${config.searchIndexPrefix}${NEEDS_INDEX_SETTINGS.name}`;
    this.researchers = `${config.searchIndexPrefix}${RESEARCHERS_INDEX_SETTINGS.name}`;
    // The glossary's synonyms are index settings: a glossary change applies them again.
    concepts.onChange(() => {
      this.configured = null;
    });
  }

  all(): IndexSettings[] {
    const synonyms = this.concepts.synonyms;
    return [
      { ...NEEDS_INDEX_SETTINGS, name: this.needs, synonyms, maxValuesPerFacet: MAX_FACET_VALUES },
      { ...RESEARCHERS_INDEX_SETTINGS, name: this.researchers, synonyms, maxValuesPerFacet: MAX_FACET_VALUES },
    ];
  }

  /** Applies the settings; if the engine is down, a later call tries again. */
  ensureConfigured(): Promise<void> {
    this.configured ??= this.concepts
      .ready()
      .then(() => Promise.all(this.all().map((settings) => this.engine.configureIndex(settings))))
      .then(() => this.logger.log(`Search indexes ready on the ${this.engine.kind} engine`))
      .catch((error: unknown) => {
        this.configured = null;
        throw error;
      });
    return this.configured;
  }

  /** Reads wait for `ready` (a snapshot loading): they answer from the loaded index, never from an empty one. */
  holdReadsUntil(ready: Promise<void>): void {
    const gate = ready.catch(() => undefined);
    this.gate = gate;
    void gate.then(() => {
      if (this.gate === gate) this.gate = null;
    });
  }

  /** Runs a read against the engine; an engine that is down becomes SERVICE_UNAVAILABLE for the client. */
  async read<T>(search: () => Promise<T>): Promise<T> {
    try {
      if (this.gate) await this.gate;
      await this.ensureConfigured();
      return await search();
    } catch (error) {
      if (error instanceof SearchUnavailableError) throw new ServiceUnavailableError('searchUnavailable');
      throw error;
    }
  }
}
