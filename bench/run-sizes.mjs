// Runs a benchmark once per size, each in its own child process (so memory figures do not mix),
// echoing the child's output and collecting its "@@SUMMARY " lines. Stops at the first failure.
import { spawn } from 'node:child_process';

export async function runSizesInChildren({ script, sizes, nodeFlags, args }) {
  const summaries = [];
  let current = null;
  const forward = (signal) => current?.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  for (const size of sizes) {
    const code = await new Promise((resolvePromise) => {
      current = spawn(process.execPath, [...nodeFlags, script, '--child', `--size=${size}`, ...args.filter((a) => a.startsWith('--'))], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let buffer = '';
      current.stdout.on('data', (chunk) => {
        buffer += chunk;
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith('@@SUMMARY ')) summaries.push(line.slice(10));
          else console.log(line);
        }
      });
      current.on('exit', (exitCode, signal) => resolvePromise(signal ? 1 : exitCode));
    });
    if (code !== 0) {
      console.log(`size ${size}: benchmark exited with code ${code}`);
      process.exitCode = 1;
      break;
    }
  }
  current = null;
  return summaries;
}
