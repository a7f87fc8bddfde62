/**
 * A strategy file made into one script for its sandbox: the file, what it imports (the engine's
 * pure helpers included, as a private copy), and the harness that answers the host (inside.ts),
 * bundled by esbuild into a single function with no imports left. Node's modules cannot be bundled
 * for a sandbox, so a file that imports `node:fs` (or any other) is refused at load, in one line.
 * Bundled once, in the main thread: the workers receive the script's text.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Message } from 'esbuild';

/** A bundled strategy script, or why the file cannot be one. */
export type BundleResult = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/** The largest bundle accepted: far above any strategy (the examples bundle to ~30 KB). */
const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;

/**
 * Bundles the strategy file at `path` (absolute) with the sandbox's harness.
 *
 * @example
 * const bundle = await bundleStrategy('/home/me/my-bot.ts');
 * if (!bundle.ok) console.error(bundle.reason);
 */
export async function bundleStrategy(path: string): Promise<BundleResult> {
  const entry = `import * as strategyModule from ${JSON.stringify(path)};\nimport { install } from ${JSON.stringify(labFile('sandbox/inside'))};\ninstall(strategyModule.default ?? strategyModule);\n`;
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js', sourcefile: 'geneva-sandbox-entry.js' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['import', 'default'],
      target: 'es2022',
      alias: ENGINE_ALIASES,
      logLevel: 'silent',
      legalComments: 'none',
    });
    const code = result.outputFiles[0]?.text ?? '';
    if (code.length > MAX_BUNDLE_BYTES) return { ok: false, reason: `it bundles to ${(code.length / 1048576).toFixed(1)} MB with its imports (at most ${MAX_BUNDLE_BYTES / 1048576} MB)` };
    return { ok: true, code };
  } catch (error) {
    return { ok: false, reason: bundleProblem(error) };
  }
}

/**
 * The engine's entry points as installed, so that a strategy file anywhere on disk (outside this
 * repository's node_modules) and the harness both bundle the same private copy of the engine.
 * Exact keys: esbuild prefers an exact alias to a prefix one.
 */
const ENGINE_ALIASES: Record<string, string> = (() => {
  const require = createRequire(import.meta.url);
  return { '@geneva/engine': require.resolve('@geneva/engine'), '@geneva/engine/tooling': require.resolve('@geneva/engine/tooling') };
})();

/** This package's own source or compiled file (`src/….ts` when run from source, `dist/….js` when built). */
function labFile(name: string): string {
  const js = fileURLToPath(new URL(`../${name}.js`, import.meta.url));
  return existsSync(js) ? js : js.replace(/\.js$/, '.ts');
}

/** esbuild's first error, in the user's words: what the file imports that a sandbox cannot have. */
function bundleProblem(error: unknown): string {
  const first = (error as { errors?: Message[] }).errors?.[0];
  if (first === undefined) return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const at = first.location ? ` (${first.location.file}:${first.location.line}:${first.location.column + 1})` : '';
  const builtin = /Could not resolve "(node:[^"]+|fs|path|os|child_process|net|http|https|worker_threads|crypto|vm|process)"/.exec(first.text);
  if (builtin) return `it imports ${builtin[1]}, which a sandboxed strategy cannot use (no file system, network or process)${at}`;
  return `${first.text}${at}`;
}
