import { Injectable, Logger, Provider } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ConceptIndex, glossarySynonyms, type GlossaryConcept } from '../../../../libs/text/src';
import { activeGlossaryConcepts, glossaryVersion } from '../glossary/glossary-concepts';

export const CONCEPT_INDEX = Symbol('CONCEPT_INDEX');

type Listener = () => void | Promise<void>;

/**
 * The process's concept index: the shipped AGROVOC thesaurus plus the cluster's active glossary
 * entries (Postgres, table glossary_entries), rebuilt whenever the glossary changes — by this
 * instance right after a change, by the others when GlossaryService's poll sees a new version.
 * Everything that uses the thesaurus (search documents, search facets, concept previews, the
 * matcher) reads it through CONCEPT_INDEX, which always answers from the current index.
 */
@Injectable()
export class LiveConceptIndex {
  private readonly logger = new Logger(LiveConceptIndex.name);
  private index: ConceptIndex = ConceptIndex.loadDefault();
  private loaded: Promise<void> | null = null;
  private version: string | null = null;
  private synonymsCache: Record<string, string[]> = {};
  private readonly listeners: Listener[] = [];
  private reloading: Promise<boolean> = Promise.resolve(false);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get current(): ConceptIndex {
    return this.index;
  }

  /** The glossary's version loaded (null before ready()): snapshots of what was built with it carry it. */
  get glossaryVersion(): string | null {
    return this.version;
  }

  /** The glossary's synonym groups for the search engines' settings (IndexSettings.synonyms). */
  get synonyms(): Record<string, string[]> {
    return this.synonymsCache;
  }

  /** Loads the glossary once (after migrations: call from request paths or bootstrap hooks, not constructors). */
  ready(): Promise<void> {
    this.loaded ??= this.reload().then(
      () => undefined,
      (error: unknown) => {
        this.loaded = null;
        throw error;
      },
    );
    return this.loaded;
  }

  /**
   * Re-reads the glossary if its version changed; returns whether the index changed. One reload at
   * a time (each waits for the one before), so that an older glossary never replaces a newer one.
   */
  reload(force = false): Promise<boolean> {
    const run = this.reloading.catch(() => false).then(() => this.reloadNow(force));
    this.reloading = run;
    return run;
  }

  private async reloadNow(force: boolean): Promise<boolean> {
    const version = await glossaryVersion(this.db);
    if (!force && version === this.version) return false;
    const entries = await activeGlossaryConcepts(this.db);
    await this.apply(entries, version);
    for (const listener of this.listeners) await listener();
    return true;
  }

  /** Called after the glossary changed (index, synonyms): the matcher drops its statistics, the search indexes re-apply settings. */
  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  private async apply(entries: GlossaryConcept[], version: string): Promise<void> {
    const started = performance.now();
    const index = ConceptIndex.loadDefault().withGlossary(entries);
    await index.warmUp(nextTurn); // the label trie is built now, in steps, rather than by the next request in one go
    this.index = index;
    this.version = version;
    this.synonymsCache = glossarySynonyms(index, index.glossaryConceptCodes());
    this.logger.log({ msg: 'Concept index with glossary', entries: entries.length, ms: Math.round(performance.now() - started) });
  }
}

/**
 * CONCEPT_INDEX: a stand-in for the current ConceptIndex of LiveConceptIndex, so the services that
 * inject a ConceptIndex see every glossary change without a restart.
 */
export const conceptIndexProvider: Provider<ConceptIndex> = {
  provide: CONCEPT_INDEX,
  inject: [LiveConceptIndex],
  useFactory: (live: LiveConceptIndex) =>
    new Proxy(Object.create(ConceptIndex.prototype) as ConceptIndex, {
      get(_target, property) {
        const index = live.current;
        const value = Reflect.get(index, property, index) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(index) : value;
      },
      has: (_target, property) => Reflect.has(live.current, property),
    }),
};
