import * as assert from 'node:assert/strict';
import { createNarrativeContext } from '../../../server/src/service/narrative/context';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { testCodeSets } from '../../helpers/codeSets';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';

/**
 * A reader context's word table is bounded, and a long-lived context (the language server's, the test process's) fills it
 * with the words of every note it reads. The readings that need a word interned — a dictated homophone ("plural mets"), a
 * fragment dictation split ("meta static"), an OCR-damaged word ("MAL1GNANCY"), a term broken at a line-end hyphen — must
 * not change once the table is full: the same note reads the same whatever was read before it (tokenWords.ts).
 */
const NOTES = [
  'Large right plural effusion; plural mets likely.',
  'CT: meta static disease to the liver.',
  'FINAL DIAGNOSIS: MAL1GNANCY of the left breast, invasive ductal carcinoma.',
  'Biopsy: metastatic adenocarci-\nnoma in a L para-\naortic lymph node.',
  'c/w a long primary. RLL mass. Station 7 FNA: adenocarcinoma.',
];

function readings(context: ReturnType<typeof createNarrativeContext>): string[][] {
  return NOTES.map((text) => readNarrative(text, spanOf(0, text.length), context).mentions.map((mention) => `${mention.text} ${mention.code ?? 'null'} ${mention.assertion}`));
}

describe('narrative reader: a full word table reads as an empty one', function () {
  this.timeout(120_000);

  it('reads each note in a context that first met 70,000 other distinct words as in a new context', () => {
    const fresh = readings(createNarrativeContext(officialNeoplasmTable(), testCodeSets()));
    // Every note here has a mention, so a reading lost to the full table shows as a difference, not as two empty lists.
    for (const found of fresh) assert.ok(found.length > 0);
    const filled = createNarrativeContext(officialNeoplasmTable(), testCodeSets());
    const filler = Array.from({ length: 70_000 }, (_, index) => `Qz${index}x`).join(' ');
    readNarrative(filler, spanOf(0, filler.length), filled);
    assert.deepEqual(readings(filled), fresh);
  });
});
