import * as assert from 'node:assert/strict';
import { SECTION_HEADERS, SectionHeaderLookup, headerLookup, normaliseHeader } from '../../../server/src/service/narrative/sectionHeaders';
import { findSections } from '../../../server/src/service/narrative/sections';
import { spanOf } from '../../../server/src/service/spans';

/** Section headers: every spelling of the header table in each of the written forms clinicians use. */

const headers = headerLookup();
/** The SBAR letter line each gated hand-off letter must follow. */
const HANDOFF_LEADS: ReadonlyMap<string, string> = new Map([['b', 'S: pt stable\n'], ['r', 'A: neuro intact\n']]);

function sectionsOf(text: string): { kind: string; title: string; body: string }[] {
  return findSections(text, spanOf(0, text.length), headers).map((section) => ({
    kind: section.kind,
    title: section.title,
    body: text.slice(section.span.offset, section.span.offset + section.span.length),
  }));
}

describe('narrative sections: the header table', () => {
  for (const entry of SECTION_HEADERS) {
    for (const spelling of entry.spellings) {
      it(`"${spelling}" is a ${entry.kind} header in its written forms`, () => {
        const upper = spelling.toUpperCase();
        // SOAP's single letters are headers only at the line's start (round 13: indented, they are an I-PASS sign-out's items).
        // A bare "ID" opens the patient's identifying summary only with an age after it (round 17; "ID: cefepime" is a system).
        const forms = spelling === 'id' ? ['ID: 45F w/ R breast ca', 'id: 7 y.o. boy'] : [`${upper}:\nline`, `${upper}\nline`, `${spelling}: line`, ...(spelling.length > 1 ? [`  ${upper} :`] : [])];
        // An SBAR hand-off's "B:" and "R:" are headers only right after its "S:" and "A:" (round 22, handoffLetters.ts).
        const lead = HANDOFF_LEADS.get(spelling);
        for (const form of forms) {
          const found = sectionsOf(`Intro text.\n${lead ?? ''}${form}\n`);
          assert.equal(found.length, lead === undefined ? 1 : 2, `${JSON.stringify(form)} gives one section`);
          assert.equal(found[found.length - 1]?.kind, entry.kind, JSON.stringify(form));
        }
      });
    }
  }

  it('no spelling belongs to two kinds', () => {
    const seen = new Map<string, string>();
    for (const entry of SECTION_HEADERS) {
      for (const spelling of entry.spellings) {
        assert.equal(seen.get(spelling), undefined, `${spelling} listed twice`);
        seen.set(spelling, entry.kind);
      }
    }
  });
});

describe('narrative sections: reading a note', () => {
  it('splits a note at its headers, with the text up to the next header', () => {
    const text = 'HPI: 64M with RUL mass.\nPMH:\n- HTN\n\nA/P\n1. NSCLC\n';
    assert.deepEqual(sectionsOf(text), [
      { kind: 'hpi', title: 'HPI', body: 'HPI: 64M with RUL mass.' },
      { kind: 'past-medical-history', title: 'PMH', body: 'PMH:\n- HTN' },
      { kind: 'assessment-and-plan', title: 'A/P', body: 'A/P\n1. NSCLC' },
    ]);
  });

  it('does not take a sentence or an unknown label for a header', () => {
    assert.deepEqual(sectionsOf('Plan is to continue chemo.\nTumor size: 3 cm\nPlan, per oncology.\n'), []);
  });

  it('keeps the header title as written and reads markdown decoration', () => {
    assert.deepEqual(sectionsOf('## Assessment & Plan\nx\n**Family Hx:** none\n').map((section) => [section.kind, section.title]), [
      ['assessment-and-plan', 'Assessment & Plan'],
      ['family-history', 'Family Hx'],
    ]);
  });
});

describe('narrative sections: lines turned away by their first word', () => {
  /** The same table with the first-word test switched off: every line is read in full, as before the test existed. */
  class UngatedLookup extends SectionHeaderLookup {
    override mayBeginWith(): boolean {
      return true;
    }

    override mayBeginWithCodes(): boolean {
      return true;
    }
  }
  const ungated = new UngatedLookup(SECTION_HEADERS);

  it('finds a title\'s entry as normalising it finds it, asked once or again', () => {
    const lookup = new SectionHeaderLookup(SECTION_HEADERS);
    const titles = ['Past Medical History', 'PMH', 'past_medical-history', ' A/P ', 'Plan is', 'HPI', 'Liver', 'PMH', 'Liver', 'ASSESSMENT AND PLAN'];
    for (let round = 0; round < 2; round++) {
      for (const title of titles) assert.equal(lookup.forTitle(title), lookup.get(normaliseHeader(title)), title);
    }
    assert.equal(lookup.forTitle('Past Medical History')?.kind, 'past-medical-history');
    assert.equal(lookup.forTitle('Liver'), undefined);
  });

  it('knows the beginnings of the spellings\' first words and nothing else', () => {
    assert.deepEqual(['p', 'pm', 'pmh', 'past', 'a/p', 'hpi'].map((start) => headers.mayBeginWith(start)), [true, true, true, true, true, true]);
    assert.deepEqual(['liver', 'pmhx1', 'lesion', 'knee', ''].map((start) => headers.mayBeginWith(start)), [false, false, false, false, false]);
    // By the first one or two letters: "p", "pm", "pa" and "hp" begin a first word, "li", "kn", "zz" and "z" none.
    const codes = (start: string): boolean => headers.mayBeginWithCodes(start.charCodeAt(0), start.length > 1 ? start.charCodeAt(1) : -1);
    assert.deepEqual(['p', 'pm', 'pa', 'hp', 'a'].map(codes), [true, true, true, true, true]);
    assert.deepEqual(['li', 'kn', 'zz', 'z'].map(codes), [false, false, false, false]);
  });

  it('finds what reading every line in full finds, whatever stands before the first word', () => {
    const starts = ['', ' ', '\t', '- ', '-- ', '_', '__ ', '* ', '## ', '**', '\r', '\u00a0', '• ', '1. ', '(', 'Liver ', 'R knee '];
    const lines: string[] = [];
    for (const entry of SECTION_HEADERS) {
      for (const spelling of entry.spellings) {
        for (const start of starts) lines.push(`${start}${spelling.toUpperCase()}:`, `${start}${spelling}`, `${start}${spelling}x: y`, `${start}${spelling.replace(/ /g, '_')}**`);
      }
    }
    lines.push('', '-', ' - _ ', '\r', 'Liver: normal', 'R knee: varus', '68F. PMH: HTN', 'Tumor size: 3 cm', 'plan, per oncology');
    const text = lines.join('\n');
    const read = (lookup: SectionHeaderLookup): unknown => findSections(text, spanOf(0, text.length), lookup);
    assert.deepEqual(read(headers), read(ungated));
  });
});
