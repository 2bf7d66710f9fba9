import { Provider } from '@nestjs/common';
import { createSearchEngine, SearchEngine } from '../../../../libs/search/src';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** Meilisearch when MEILI_URL is set, else the embedded engine (in a worker thread unless SEARCH_WORKER=false). */
export const searchEngineProvider: Provider<SearchEngine> = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    createSearchEngine({
      meiliUrl: config.meiliUrl ?? undefined,
      meiliApiKey: config.meiliApiKey ?? undefined,
      timeoutMs: config.meiliTimeoutMs,
      inWorker: config.searchWorker,
    }),
};
