import { Writable } from 'node:stream';
import { sendLogsTo } from '../../platform/request-log';

/** Every log line this process writes from now on, parsed, for a test to read. */
export function captureLogs(): { lines: () => any[]; text: () => string } {
  const chunks: string[] = [];
  sendLogsTo(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
  );
  const text = () => chunks.join('');
  return { text, lines: () => text().split('\n').filter(Boolean).map((line) => JSON.parse(line)) };
}
