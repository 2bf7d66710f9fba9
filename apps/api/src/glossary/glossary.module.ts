import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { GlossaryImportService } from './glossary-import.service';
import { GlossaryResolver } from './glossary.resolver';
import { GlossaryService } from './glossary.service';

/**
 * The cluster glossary: concepts staff add to the AGROVOC thesaurus, used by search and matching
 * through the search module's live concept index (search/concept-index.provider.ts).
 */
@Module({
  imports: [SearchModule],
  providers: [GlossaryService, GlossaryImportService, GlossaryResolver],
})
export class GlossaryModule {}
