import type { Label } from '@tieuchi/core';

/** Exit codes of the command (documented in README). */
export const EXIT = {
  /** The command ran (an evaluation ran, whatever the verdicts). */
  ok: 0,
  /** `tieuchi test`: at least one law case failed. `evaluate --strict`: the input had problems. */
  failed: 1,
  /** Bad usage or unusable input: unknown set, bad date, unreadable file, bad option. */
  usage: 2,
  /** A bug in the command (reported with its stack). */
  internal: 3,
} as const;

/** An error the user can act on: a message in both languages and an exit code. */
export class CliError extends Error {
  readonly label: Label;
  readonly exitCode: number;
  constructor(label: Label, exitCode: number = EXIT.usage) {
    super(label.en);
    this.name = 'CliError';
    this.label = label;
    this.exitCode = exitCode;
  }
}
