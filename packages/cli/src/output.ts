import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, extname } from 'node:path';
import { CliError } from './errors.js';
import { L } from './lang.js';

/** Where a command writes: standard output, or the file of `--out`. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

function writer(stream: NodeJS.WritableStream): (chunk: string | Uint8Array) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
      if (ok) resolve();
      else stream.once('drain', () => resolve());
    });
}

/** Open the output: `--out FILE` (parent folders are created), else standard output. */
export function openSink(out: string | undefined): Sink {
  if (out === undefined || out === '-') {
    const write = writer(process.stdout);
    return { write, close: async () => undefined };
  }
  let stream: WriteStream;
  try {
    mkdirSync(dirname(out), { recursive: true });
    stream = createWriteStream(out);
  } catch (e) {
    throw new CliError(L(`Không ghi được tệp ${out}: ${(e as Error).message}`, `Cannot write ${out}: ${(e as Error).message}`));
  }
  let failed: Error | undefined;
  stream.on('error', (e) => {
    failed = e;
  });
  const write = writer(stream);
  return {
    write: async (chunk) => {
      if (failed) throw new CliError(L(`Không ghi được tệp ${out}: ${failed.message}`, `Cannot write ${out}: ${failed.message}`));
      await write(chunk);
    },
    close: () =>
      new Promise((resolve, reject) => {
        if (failed) {
          reject(new CliError(L(`Không ghi được tệp ${out}: ${failed.message}`, `Cannot write ${out}: ${failed.message}`)));
          return;
        }
        stream.end(() => resolve());
        stream.once('error', (e) => reject(new CliError(L(`Không ghi được tệp ${out}: ${e.message}`, `Cannot write ${out}: ${e.message}`))));
      }),
  };
}

/** Write a whole document to the output. */
export async function emit(out: string | undefined, content: string | Uint8Array): Promise<void> {
  const sink = openSink(out);
  await sink.write(content);
  await sink.close();
}

/** The format named by `--format`, or guessed from `--out`'s extension, or the default. */
export function chooseFormat<F extends string>(format: string | undefined, out: string | undefined, allowed: readonly F[], fallback: F): F {
  if (format !== undefined) {
    const f = format.toLowerCase();
    if ((allowed as readonly string[]).includes(f)) return f as F;
    throw new CliError(
      L(`Định dạng không hợp lệ: "${format}"; dùng một trong ${allowed.join(', ')}`, `Invalid format "${format}"; use one of ${allowed.join(', ')}`),
    );
  }
  if (out !== undefined && out !== '-') {
    const ext = extname(out).slice(1).toLowerCase();
    const alias: Record<string, string> = { htm: 'html', markdown: 'md', txt: 'table', text: 'text' };
    const f = alias[ext] ?? ext;
    if ((allowed as readonly string[]).includes(f)) return f as F;
  }
  return fallback;
}
