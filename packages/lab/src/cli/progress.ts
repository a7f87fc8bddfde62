/**
 * Progress of a long command on stderr: a bar with the count, the rate and the time left on a
 * terminal (cli-progress); a plain line every few seconds elsewhere (CI logs); nothing with --quiet.
 */
import { SingleBar } from 'cli-progress';

/** How often a plain progress line is printed when stderr is not a terminal (`GENEVA_PROGRESS_EVERY_MS` overrides). */
function plainEveryMs(): number {
  const ms = Number(process.env['GENEVA_PROGRESS_EVERY_MS']);
  return Number.isFinite(ms) && ms > 0 ? ms : 5000;
}

/** A progress display. */
export interface Progress {
  /** `done` more items done (default 1), `failed` of them failed (default 0). */
  tick(done?: number, failed?: number): void;
  /** The end: clears the bar, or prints the last plain line. */
  stop(): void;
  /** A short fact shown after the rate (e.g. the number of live workers of a queue), or '' for none. */
  note(text: string): void;
}

/**
 * A progress display for `total` items called `unit` (e.g. runs), starting at `done`.
 *
 * @example
 * const progress = progressDisplay('batch', 'runs', 10_000, 0, { quiet: false });
 * progress.tick(); progress.stop();
 */
export function progressDisplay(label: string, unit: string, total: number, done: number, options: { readonly quiet: boolean }): Progress {
  if (options.quiet) return { tick: () => undefined, stop: () => undefined, note: () => undefined };
  return process.stderr.isTTY === true ? new BarProgress(label, unit, total, done) : new PlainProgress(label, unit, total, done);
}

class BarProgress implements Progress {
  private readonly bar: SingleBar;
  private readonly start = Date.now();
  private readonly first: number;
  private failed = 0;
  constructor(label: string, unit: string, total: number, private done: number) {
    this.first = done;
    this.bar = new SingleBar({
      format: `${label} {bar} {value}/{total} ${unit} · {rate} ${unit}/s · ETA {eta_formatted}{note}{failures}`,
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    });
    this.bar.start(total, done, { rate: '–', failures: '', note: '' });
  }
  tick(done = 1, failed = 0): void {
    this.done += done;
    this.failed += failed;
    const seconds = (Date.now() - this.start) / 1000;
    this.bar.update(this.done, { rate: seconds > 0 ? Math.round((this.done - this.first) / seconds) : '–', failures: this.failed > 0 ? ` · ${this.failed} failed` : '' });
  }
  stop(): void {
    this.bar.stop();
  }
  note(text: string): void {
    this.bar.update({ note: text === '' ? '' : ` · ${text}` });
  }
}

class PlainProgress implements Progress {
  private readonly start = Date.now();
  private readonly first: number;
  private readonly every = plainEveryMs();
  private last = Date.now();
  private failed = 0;
  private noted = '';
  constructor(
    private readonly label: string,
    private readonly unit: string,
    private readonly total: number,
    private done: number,
  ) {
    this.first = done;
  }
  tick(done = 1, failed = 0): void {
    this.done += done;
    this.failed += failed;
    if (Date.now() - this.last >= this.every) this.print();
  }
  stop(): void {
    if (Date.now() - this.start >= this.every) this.print();
  }
  note(text: string): void {
    this.noted = text;
  }
  private print(): void {
    this.last = Date.now();
    const seconds = (this.last - this.start) / 1000;
    const rate = (this.done - this.first) / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
    const pct = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    process.stderr.write(`${this.label}: ${this.done}/${this.total} ${this.unit} (${pct}%), ${Math.round(rate)} ${this.unit}/s, ETA ${eta} s${this.noted === '' ? '' : `, ${this.noted}`}${this.failed > 0 ? `, ${this.failed} failed` : ''}\n`);
  }
}
