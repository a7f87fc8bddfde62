/**
 * `geneva validate <files…>`: checks scenario files (YAML or JSON). Prints `<file>: ok` for each
 * valid file on stdout and one `file:line:col: path: reason` line per problem on stderr.
 * Exit 0 when all are valid, 1 when one is invalid, 2 when one cannot be read.
 */
import { formatProblem, parseScenario } from '../../index.js';
import { EXIT, UserError } from '../errors.js';
import { printErrors, printLines, readTextFile } from '../io.js';
/**
 * Validates every file and returns the exit code (the worst of the files').
 *
 * @example
 * validateCommand(['scenarios/rsa-2017.yaml']); // prints 'scenarios/rsa-2017.yaml: ok', returns 0
 */
export function validateCommand(files) {
    return files.map(validateFile).reduce((worst, code) => (code > worst ? code : worst), EXIT.ok);
}
/** Validates one file, printing its verdict. */
function validateFile(file) {
    let text;
    try {
        text = readTextFile(file);
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        printErrors(error.lines);
        return error.code;
    }
    const result = parseScenario(text, file);
    if (result.ok) {
        printLines([`${file}: ok`]);
        return EXIT.ok;
    }
    printErrors(result.problems.map(formatProblem));
    return EXIT.invalid;
}
//# sourceMappingURL=validate.js.map