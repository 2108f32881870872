import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readNarrative } from '../../server/src/service/narrative/reader';
import { spanOf } from '../../server/src/service/spans';
import { corpusDir, defaultContext, locate } from './evaluate';
import type { GoldMention } from './evaluate';

/**
 * Tuning aid (dev only, round 22): lists the dev pairs where the reader and the gold code the same words one as a current
 * neoplasm (C00–D49) and the other as its history (Z85.-, Z86.0-), with the line each is written on, so that they can be
 * grouped by the cue the reader misses (`npx tsx test/narrative/historyPairs.ts`). The held-out notes are never read.
 */
const history = (code: string | null): boolean => code !== null && /^Z8(5|6\.?0)/.test(code);
const current = (code: string | null): boolean => code !== null && /^[CD]/.test(code);
const dir = path.join(corpusDir, 'dev');
const context = defaultContext();
for (const name of readdirSync(dir).filter((file) => file.endsWith('.note')).sort()) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  const golds = (JSON.parse(readFileSync(path.join(dir, name.replace(/\.note$/, '.json')), 'utf8')) as { mentions: GoldMention[] }).mentions;
  const mentions = readNarrative(text, spanOf(0, text.length), context).mentions;
  for (const gold of golds) {
    const at = locate(text, gold.text, gold.occurrence);
    const end = at + gold.text.length;
    const dotted = (gold.code ?? '').replace('.', '');
    if (mentions.some((mention) => mention.span.offset < end && mention.span.offset + mention.span.length > at && (mention.code ?? '') === dotted)) continue;
    for (const mention of mentions) {
      if (!(mention.span.offset < end && mention.span.offset + mention.span.length > at)) continue;
      const flip = (history(gold.code) && current(mention.code)) ? 'READ-CURRENT' : (current(gold.code) && history(mention.code)) ? 'READ-HISTORY' : '';
      if (flip === '') continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const lineEnd = text.indexOf('\n', end);
      console.log(`${flip} ${name.slice(0, 5)} gold ${gold.code} ${gold.assertion} / read ${mention.code} ${mention.assertion} [${mention.section?.name ?? '-'}] "${gold.text.replace(/\n/g, ' ')}"\n    | ${text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim().slice(0, 260)}`);
    }
  }
}
