import * as assert from 'node:assert/strict';
import { compileVocabulary, narrativeContextFor } from '../../../server/src/service/narrative/context';
import { STATION_WORDS } from '../../../server/src/service/narrative/nodeStations';
import { OPERATION_ORGANS } from '../../../server/src/service/narrative/operatedSides';
import { BRAIN_SUBSITES } from '../../../server/src/service/narrative/organSubsites';
import { SYNOPTIC_FIRST_WORDS } from '../../../server/src/service/narrative/specimen';
import { TREATMENT_WORDS } from '../../../server/src/service/narrative/statedOutcome';
import { LOBES } from '../../../server/src/service/narrative/studyContext';
import { DESCENT_WORDS } from '../../../server/src/service/narrative/testisDescent';
import { findSites } from '../../../server/src/service/narrative/siteFinder';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import { TokenWords } from '../../../server/src/service/narrative/tokenWords';
import { ANCHOR_LEXICONS, ANY_LEXICON, LEXICON_CLASS, UNKNOWN_CLASSES, WORD_CLASS, firstWordClassifier } from '../../../server/src/service/narrative/wordClasses';
import { testCodeSets } from '../../helpers/codeSets';

/**
 * Word classes let the reader's passes turn tokens away by a bit instead of a look-up. A bit clear for a
 * word of its class would lose a reading silently, so each class is checked against the words it names.
 */
describe('narrative word classes', () => {
  const vocabulary = compileVocabulary();
  const lexicons = Object.entries(LEXICON_CLASS).map(([name, bit]) => ({ name, bit, words: new Set(vocabulary[name as keyof typeof LEXICON_CLASS].firstWords()) }));
  const everyFirstWord = new Set(lexicons.flatMap((lexicon) => [...lexicon.words]));

  it('gives every lexicon a bit of its own, all within ANY_LEXICON', () => {
    const bits = lexicons.map((lexicon) => lexicon.bit);
    assert.equal(new Set(bits).size, bits.length);
    for (const lexicon of lexicons) {
      assert.equal(vocabulary[lexicon.name as keyof typeof LEXICON_CLASS].bit, lexicon.bit, lexicon.name);
      assert.equal(lexicon.bit & ANY_LEXICON, lexicon.bit, lexicon.name);
    }
    assert.equal(ANCHOR_LEXICONS, LEXICON_CLASS.histology | LEXICON_CLASS.morphology);
  });

  it("sets each lexicon's bit for exactly the first words of its phrases", () => {
    for (const word of [...everyFirstWord, 'lives', 'mass', 'the', '3.7', 'zz', '']) {
      const classes = vocabulary.classify(word, word);
      for (const lexicon of lexicons) assert.equal((classes & lexicon.bit) !== 0, lexicon.words.has(word), `${lexicon.name}: "${word}"`);
      assert.equal(classes & ~ANY_LEXICON, 0, word);
    }
    // Spot checks against the lexicon files themselves.
    assert.notEqual(vocabulary.classify('RUL', 'rul') & LEXICON_CLASS.sites, 0);
    assert.notEqual(vocabulary.classify('adenocarcinoma', 'adenocarcinoma') & LEXICON_CLASS.histology, 0);
    assert.notEqual(vocabulary.classify('no', 'no') & LEXICON_CLASS.triggers, 0);
    assert.equal(vocabulary.classify('adenocarcinoma', 'adenocarcinoma') & LEXICON_CLASS.triggers, 0);
  });

  it('classifies a bare first-word set: any lexicon for a member, no lexicon otherwise, other classes unknown', () => {
    const classify = firstWordClassifier(new Set(['liver']));
    assert.equal(classify('Liver', 'liver'), UNKNOWN_CLASSES);
    assert.equal(classify('mets', 'mets') & ANY_LEXICON, 0);
    assert.equal(classify('mets', 'mets') | ANY_LEXICON, UNKNOWN_CLASSES);
  });

  it('gives tokens the same classes through the word table, on a first read and later, as cut from the text', () => {
    const words = new TokenWords(vocabulary.classify);
    const text = 'RUL adenocarcinoma with hepatic mets; no evidence of brain metastasis. Hx of breast ca s/p mastectomy, NED.';
    const expected = tokenize(text, 0, text.length, []).map((token) => vocabulary.classify(token.raw, token.norm));
    for (let read = 0; read < 2; read++) assert.deepEqual(tokenize(text, 0, text.length, [], words).map((token) => token.classes), expected);
    assert.ok(tokenize(text, 0, text.length, []).every((token) => token.classes === UNKNOWN_CLASSES));
  });

  it("sets each of the reader's other classes for exactly the words its pass looks for", () => {
    const codeSets = testCodeSets();
    const context = narrativeContextFor(codeSets);
    assert.ok(context !== undefined);
    const table = codeSets.neoplasmTable?.();
    assert.ok(table !== undefined);
    // The table's site keys and its titles as written ("pouch of Douglas", "Bartholin gland": tableSitePhrases.ts).
    const rowFirstWords = new Set([...table.siteFirstWords(), ...context.siteRows.titlePhraseFirstWords()]);
    // The side words of lateralityAt (siteFinder.ts), "R" and "L" in capitals only.
    const sideNorms = new Set(['right', 'rt', 'left', 'lt', 'bilateral', 'bilat', 'b/l']);
    const classes: { name: string; bit: number; has: (raw: string, norm: string) => boolean }[] = [
      { name: 'siteRowFirst', bit: WORD_CLASS.siteRowFirst, has: (_raw, norm) => rowFirstWords.has(norm) },
      { name: 'side', bit: WORD_CLASS.side, has: (raw, norm) => raw === 'R' || raw === 'L' || sideNorms.has(norm) },
      { name: 'synopticFirst', bit: WORD_CLASS.synopticFirst, has: (_raw, norm) => ['synoptic', 'tumor', 'tumour', 'primary'].includes(norm) },
      { name: 'station', bit: WORD_CLASS.station, has: (_raw, norm) => ['station', 'stations', 'stn', 'stns', 'level'].includes(norm) },
      { name: 'brainLobe', bit: WORD_CLASS.brainLobe, has: (_raw, norm) => ['frontal', 'parietal', 'temporal', 'occipital'].includes(norm) },
      {
        name: 'testisDescent', bit: WORD_CLASS.testisDescent,
        has: (_raw, norm) => ['descended', 'undescended', 'cryptorchid', 'cryptorchidism', 'ectopic', 'retained', 'maldescended', 'intra-abdominal'].includes(norm),
      },
      // Two or three characters, the first a digit 1-9 ("4r", "11l", "7"), as sidedStationRegion tries its pattern.
      { name: 'letteredStation', bit: WORD_CLASS.letteredStation, has: (_raw, norm) => /^[1-9][\s\S]{1,2}$/.test(norm) },
      { name: 'operation', bit: WORD_CLASS.operation, has: (_raw, norm) => OPERATION_ORGANS.has(norm) },
      // The metastasis words after which spineLevelListAt reads a list of spine levels ("mets T4, L2").
      // The first words of the sites siteBodyAt reads by their shape: a neck level range, "nasal tip", "hilar mass", "BM bx".
      { name: 'shapedSiteFirst', bit: WORD_CLASS.shapedSiteFirst, has: (_raw, norm) => ['level', 'levels', 'nasal', 'hilar', 'bm'].includes(norm) },
      { name: 'spineMetastasis', bit: WORD_CLASS.spineMetastasis, has: (_raw, norm) => ['mets', 'met', 'metastases', 'metastasis', 'lesions'].includes(norm) },
      // The brain's sub-site words that withBrainLesionLobe looks for before a lesion noun ("R frontoparietal mass").
      { name: 'brainSubsite', bit: WORD_CLASS.brainSubsite, has: (_raw, norm) => BRAIN_SUBSITES.has(norm) },
      // The words whose shape numberWords.ts tests: a count, a size, a lab value, and a word OCR opened with a digit.
      { name: 'digitFirst', bit: WORD_CLASS.digitFirst, has: (raw, norm) => /^\d/.test(raw) || /^\d/.test(norm) },
      // The local and systemic treatments statedOutcome.ts weighs beside a metastasis ("SBRT", "FOLFOX").
      { name: 'treatment', bit: WORD_CLASS.treatment, has: (_raw, norm) => TREATMENT_WORDS.has(norm) },
    ];
    const bits = [...Object.values(LEXICON_CLASS), ...classes.map((entry) => entry.bit)];
    assert.equal(new Set(bits).size, bits.length);
    assert.equal(bits.reduce((all, bit) => all | bit, 0) & ANY_LEXICON, ANY_LEXICON);
    // The sets the passes read are the ones named here.
    assert.deepEqual([...SYNOPTIC_FIRST_WORDS].sort(), ['primary', 'synoptic', 'tumor', 'tumour']);
    assert.deepEqual([...STATION_WORDS].sort(), ['station', 'stations', 'stn', 'stns']);
    assert.deepEqual([...LOBES.keys()].sort(), ['frontal', 'occipital', 'parietal', 'temporal']);
    assert.equal(DESCENT_WORDS.size, 8);
    assert.deepEqual([...BRAIN_SUBSITES.keys()].sort(), ['brainstem', 'butterfly', 'callosal', 'cerebellar', 'frontal', 'frontoparietal', 'frontotemporal', 'hippocampal', 'insular',
      'intraventricular', 'midbrain', 'occipital', 'parietal', 'parieto-occipital', 'pontine', 'temporal', 'temporoparietal', 'thalamic']);
    const spellings: [string, string][] = [...everyFirstWord, ...rowFirstWords, ...sideNorms, ...SYNOPTIC_FIRST_WORDS, ...STATION_WORDS, ...LOBES.keys(), ...DESCENT_WORDS, 'mass', 'the']
      .map((word) => [word, word]);
    spellings.push(['R', 'r'], ['L', 'l'], ['r', 'r'], ['Right', 'right'], ['TUMOR', 'tumor'], ['4R', '4r'], ['11l', '11l'], ['7', '7'], ['10', '10'], ['4r/4l', '4r/4l'], ['0r', '0r']);
    spellings.push(['Mastectomy', 'mastectomy'], ['nephrectomy', 'nephrectomy'], ['ectomy', 'ectomy']);
    spellings.push(['METS', 'mets'], ['Met', 'met'], ['metastases', 'metastases'], ['metastasis', 'metastasis'], ['lesions', 'lesions'], ['lesion', 'lesion'], ['metastatic', 'metastatic']);
    spellings.push(...[...BRAIN_SUBSITES.keys()].map((word): [string, string] => [word, word]), ['Frontoparietal', 'frontoparietal'], ['lobe', 'lobe'], ['cerebellum', 'cerebellum']);
    spellings.push(['3.5', '3.5'], ['23', '23'], ['5mg', '5mg'], ['x2', 'x2'], ['1ymphoma', 'lymphoma'], ['C18.7', 'c18.7']);
    spellings.push(...[...TREATMENT_WORDS].map((word): [string, string] => [word, word]), ['SBRT', 'sbrt'], ['FOLFOX', 'folfox'], ['chemoradiation', 'chemoradiation'], ['radiation', 'radiation']);
    spellings.push(['Level', 'level'], ['levels', 'levels'], ['nasal', 'nasal'], ['Hilar', 'hilar'], ['BM', 'bm'], ['bone', 'bone'], ['lev', 'lev']);
    const words = new TokenWords(context.words.classify);
    for (const [raw, norm] of spellings) {
      const found = words.classes(words.entryOf(raw, 0, raw.length, raw !== norm || raw.toLowerCase() === raw));
      for (const entry of classes) assert.equal((found & entry.bit) !== 0, entry.has(raw, norm), `${entry.name}: "${raw}"`);
    }
  });
  it('finds the same sites with the context\'s word classes as with every class unknown', () => {
    const context = narrativeContextFor(testCodeSets());
    assert.ok(context !== undefined);
    const siteVocabulary = { sites: context.vocabulary.sites, nodeWords: context.vocabulary.nodeWords, nodeRegions: context.vocabulary.nodeRegions, siteRows: context.siteRows };
    // Each opens with a word whose site the class gates of findSites and siteBodyAt must let through.
    const notes = ['Level II and III lymph nodes enlarged.', 'BCC of the nasal tip.', 'R hilar mass 3 cm.', 'BM bx: hypercellular marrow.',
      'additional mets T4, L2, sacrum', 'Station 4R lymph node positive.', 'left frontal lobe lesion', 'pancreas head mass',
      'nodules in the right and left lungs; L/R adrenal masses', 'SCC of the R upper back, left distal femur', 'retroperitoneal and pelvic nodal metastases',
      // Each kind of word a node phrase may open with (siteFinder.ts NODE_PHRASE_FIRST): a lettered station, a station word, a sampling word, a region, a node word.
      '4R lymph node enlarged.', 'station 7 positive', 'EBUS 4R/7 positive for SCC', 'no para-aortic or distant disease', 'lymph nodes (level II) positive'];
    for (const note of notes) {
      const read = (words?: TokenWords): string[] => {
        const tokens = tokenize(note, 0, note.length, [], words);
        return findSites(tokens, siteVocabulary).flatMap((site) => (site === undefined ? [] : [`${site.start}-${site.end} ${site.path.join('/')}`]));
      };
      const classified = read(context.words);
      assert.ok(classified.length > 0, note);
      assert.deepEqual(classified, read(), note);
    }
  });
});
