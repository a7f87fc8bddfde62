/**
 * How much the negotiation varies with the seed: over N seeds of a shipped scenario, the distinct
 * signatory sets, adoption rounds and adopted texts, and the spread of each article's final
 * position; with the scenario's `uncertainty` and without it (the fixed types of the file).
 * Usage: node --import tsx bench/variety.ts [seeds=200] [scenario ids…]; prints one JSON line each.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARTICLES, parseScenario, playGame, shippedScenarioIds, type Scenario } from '@geneva/engine';

const [seedsText = '200', ...ids] = process.argv.slice(2);
const seeds = Number(seedsText);

function load(id: string): Scenario {
  const file = fileURLToPath(new URL(`../../../scenarios/${id}.yaml`, import.meta.url));
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.scenario;
}

function variety(scenario: Scenario) {
  const signatories = new Map<string, number>();
  const rounds = new Map<number, number>();
  const texts = new Set<string>();
  const positions = ARTICLES.map(() => [] as number[]);
  for (let seed = 0; seed < seeds; seed++) {
    const game = playGame(scenario, { seed: `variety-${seed}` });
    const pub = game.world.public;
    const signed = game.actors.filter((a) => pub.signed[a.index]).map((a) => a.id).join(' ');
    signatories.set(signed, (signatories.get(signed) ?? 0) + 1);
    rounds.set(game.flow.adoptedRound, (rounds.get(game.flow.adoptedRound) ?? 0) + 1);
    texts.add(pub.text.map((x) => x.toFixed(2)).join(' '));
    pub.text.forEach((x, a) => positions[a]!.push(x));
  }
  const sd = (xs: number[]) => {
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
  };
  return {
    signatorySets: signatories.size,
    commonestSet: Math.max(...signatories.values()) / seeds,
    adoptionRounds: Object.fromEntries([...rounds].sort(([a], [b]) => a - b)),
    distinctTexts: texts.size,
    textSd: Object.fromEntries(ARTICLES.map((a, k) => [a, Number(sd(positions[k]!).toFixed(3))])),
  };
}

for (const id of ids.length > 0 ? ids : shippedScenarioIds) {
  const scenario = load(id);
  const { uncertainty: _u, ...fixed } = scenario;
  console.log(JSON.stringify({ scenario: id, seeds, uncertain: variety(scenario), fixed: variety(fixed as Scenario) }));
}
