import type { ErrorLike } from '@apollo/client';
import { useState } from 'react';

export interface CsvFileDownload {
  filename: string;
  contentType: string;
  content: string;
  rows: number;
}

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

/**
 * One export at a time: `run(kind, fetch)` fetches the file, downloads it and remembers its name
 * and rows (for the status line) or the error (for an alert).
 */
export function useCsvExport<Kind extends string>() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [done, setDone] = useState<{ filename: string; rows: number } | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);

  async function run(kind: Kind, fetch: () => Promise<CsvFileDownload | null | undefined>) {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      const file = await fetch();
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

  return { busy, done, error, run };
}
