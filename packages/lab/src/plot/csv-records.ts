/**
 * The records of a CSV file (RFC 4180, as csv-stringify writes runs.csv: fields with a comma, a quote
 * or a line break are quoted, quotes doubled), read line by line so a file of gigabytes is never one
 * string. A quoted field may span lines; a record whose quote never closes, or with another number
 * of fields than the header, is the mark of a truncated or altered file, and is refused naming the
 * file and the line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UserError } from '../cli/errors.js';
import { reasonOf } from '../cli/io.js';

/** A record of a CSV file: its fields, and the line it starts on (1 is the header). */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

/**
 * The header and then every record of a CSV file, each checked to have as many fields as the header.
 *
 * @throws UserError (exit 2) `<file>: line N: …` for a record that is cut or malformed, or the file's read error
 * @example
 * for await (const { fields, line } of csvRecords('batch/runs.csv')) console.log(line, fields[0]);
 */
export async function* csvRecords(file: string): AsyncGenerator<CsvRecord> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let width = -1;
  let pending = '';
  let start = 0;
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (pending === '') start = number;
      pending = pending === '' ? line : `${pending}\n${line}`;
      if (quoteCount(pending) % 2 === 1) continue;
      const text = pending;
      pending = '';
      if (text === '' && width >= 0) continue;
      const fields = csvFields(text, file, start);
      if (width < 0) width = fields.length;
      else if (fields.length !== width) throw new UserError(`${file}: line ${start}: ${fields.length} fields where the header has ${width} (a truncated or altered file?)`);
      yield { fields, line: start };
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: cannot read: ${reasonOf(error)}`);
  }
  if (pending !== '') throw new UserError(`${file}: line ${start}: a quoted field is never closed (a truncated file?)`);
  if (width < 0) throw new UserError(`${file}: empty (no header)`);
}

function quoteCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * The fields of one CSV record (its quotes balanced).
 *
 * @example
 * csvFields('1,"a, b",""""', 'f.csv', 2); // ['1', 'a, b', '"']
 */
export function csvFields(text: string, file: string, line: number): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        value += text.slice(j, close);
        if (text[close + 1] === '"') j = close + 2;
        else {
          i = close + 1;
          break;
        }
        value += '"';
      }
      fields.push(value);
      if (i < text.length && text[i] !== ',') throw new UserError(`${file}: line ${line}: text after a quoted field`);
    } else {
      const comma = text.indexOf(',', i);
      fields.push(text.slice(i, comma < 0 ? text.length : comma));
      i = comma < 0 ? text.length : comma;
    }
    if (i >= text.length) return fields;
    i++;
  }
}
