import { writeFileSync } from 'node:fs';
import { evaluateGold, formatGoldTable, type GoldResult } from './gold';

/**
 * `eval gold <dir> [--out predictions.json] [--split d_20_1 …]`: runs the matcher on an expertise
 * gold standard in the OpenReview layout, prints the loss table and, with --out, writes
 * `{split: {participantId: {paperId: score}}}`. Returns the result (the exit code is the caller's).
 */
export function runGoldCommand(argv: readonly string[], print: (line: string) => void = console.log): GoldResult {
  const args = [...argv];
  if (args[0] === 'gold') args.shift();
  let out: string | undefined;
  const splits: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--out' || arg === '-o') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--split') splits.push(args[++i]);
    else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir) throw new Error('Usage: eval gold <dir> [--out predictions.json] [--split d_20_1]');
  const result = evaluateGold(dir, { splits });
  print(formatGoldTable(result));
  if (out) {
    writeFileSync(out, JSON.stringify(Object.fromEntries(result.splits.map((s) => [s.split, s.predictions])), null, 1));
    print(`Predictions written to ${out}`);
  }
  return result;
}

if (require.main === module) {
  try {
    runGoldCommand(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
