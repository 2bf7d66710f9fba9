import type { ErrorLike } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { FormError } from '../ui/form-error';

const ExportMatchesDocument = graphql(`
  query ExportMatches($filter: PipelineFilter) {
    exportMatches(filter: $filter) {
      filename
      contentType
      content
      rows
    }
  }
`);

const ExportNeedsDocument = graphql(`
  query ExportNeeds($filter: KpiFilter) {
    exportNeeds(filter: $filter) {
      filename
      contentType
      content
      rows
    }
  }
`);

type Kind = 'matches' | 'needs';

/** Hands a text file to the browser as a download. */
function download(file: { filename: string; contentType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV exports of the pipeline and of the needs, fetched fresh on each click (never cached). */
export function ExportButtons({ sector }: { sector: Sector | null }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [done, setDone] = useState<{ filename: string; rows: number } | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);

  async function exportCsv(kind: Kind) {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      const file =
        kind === 'matches'
          ? (await client.query({ query: ExportMatchesDocument, variables: { filter: { sector } }, fetchPolicy: 'no-cache' })).data?.exportMatches
          : (await client.query({ query: ExportNeedsDocument, variables: { filter: { sector } }, fetchPolicy: 'no-cache' })).data?.exportNeeds;
      if (file) {
        download(file);
        setDone({ filename: file.filename, rows: file.rows });
      }
    } catch (caught) {
      setError(caught as ErrorLike);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="exports">
      <button type="button" className="button button--secondary" onClick={() => exportCsv('matches')} disabled={busy !== null} aria-busy={busy === 'matches'}>
        {t('kpis.exportMatches')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => exportCsv('needs')} disabled={busy !== null} aria-busy={busy === 'needs'}>
        {t('kpis.exportNeeds')}
      </button>
      <p className="exports__status" role="status">
        {done && t('kpis.exported', done)}
      </p>
      {error && <FormError error={error} />}
    </div>
  );
}
