import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR, seedLines } from '../lib/plan-build.mjs';

const plansDir = path.join(ROOT, 'data', 'plans');
const hasSeeds = fs.existsSync(SEEDS_DIR);

/** Every object with a `quote` anywhere in a plan's files, with the file it sits in. */
function quotesOf(planId) {
  const found = [];
  const walk = (node, file) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, file));
    else if (node && typeof node === 'object') {
      if (typeof node.quote === 'string') found.push({ ...node, file });
      Object.values(node).forEach((v) => walk(v, file));
    }
  };
  for (const file of fs.readdirSync(path.join(plansDir, planId)).filter((f) => /\.(geo)?json$/.test(f))) {
    walk(JSON.parse(fs.readFileSync(path.join(plansDir, planId, file), 'utf8')), file);
  }
  return found;
}

const planIds = fs.readdirSync(plansDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe.skipIf(!hasSeeds)('plan quotes against the seed documents', () => {
  it.each(planIds)('every quote of %s stands verbatim on the line it names', (planId) => {
    const quotes = quotesOf(planId);
    expect(quotes.length).toBeGreaterThan(0);
    const squeeze = (s) => s.replace(/\s+/g, '');
    const wrong = quotes.filter((q) => !squeeze(seedLines(q.document)[q.line - 1] ?? '').includes(squeeze(q.quote)))
      .map((q) => `${q.file}: ${q.document}:${q.line} "${q.quote.slice(0, 30)}…"`);
    expect(wrong).toEqual([]);
  });
});
