/**
 * `geneva validate <files…>`: checks scenario files (YAML or JSON). Prints `<file>: ok` for each
 * valid file on stdout and one `file:line:col: path: reason` line per problem on stderr.
 * Exit 0 when all are valid, 1 when one is invalid, 2 when one cannot be read.
 */
import { formatProblem, MAX_YAML_BYTES, parseScenario } from '@geneva/engine';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { printErrors, printLines, readTextFile } from '../io.js';
import { strategyProblems } from '../scenario-source.js';

/**
 * Validates every file and returns the exit code (the worst of the files').
 *
 * @example
 * validateCommand(['scenarios/rsa-2017.yaml']); // prints 'scenarios/rsa-2017.yaml: ok', returns 0
 */
export function validateCommand(files: readonly string[]): ExitCode {
  return files.map(validateFile).reduce<ExitCode>((worst, code) => (code > worst ? code : worst), EXIT.ok);
}

/** Validates one file, printing its verdict. */
function validateFile(file: string): ExitCode {
  let text: string;
  try {
    text = readTextFile(file, MAX_YAML_BYTES);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    printErrors(error.lines);
    return error.code;
  }
  const result = parseScenario(text, file);
  const problems = result.ok ? strategyProblems(result.scenario, file) : result.problems;
  if (problems.length === 0) {
    printLines([`${file}: ok`]);
    return EXIT.ok;
  }
  printErrors(problems.map(formatProblem));
  return EXIT.invalid;
}
