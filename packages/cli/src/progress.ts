import type { WriteStream } from 'node:tty';

const WIDTH = 24;

/** A one-line progress bar on a terminal; nothing at all when piped or under CI. */
export interface Progress {
  readonly active: boolean;
  update(done: number): void;
  done(): void;
}

const silent: Progress = { active: false, update() {}, done() {} };

export function createProgress(stream: NodeJS.WriteStream, total: number, env: NodeJS.ProcessEnv): Progress {
  const isCi = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  if (!stream.isTTY || isCi || total === 0) return silent;
  const tty = stream as WriteStream;
  return {
    active: true,
    update(done) {
      const filled = Math.round((done / total) * WIDTH);
      tty.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`);
    },
    done() {
      tty.clearLine(0);
      tty.cursorTo(0);
    },
  };
}
