import * as assert from 'node:assert/strict';
import { HEDGE_ONLY_TERMINATORS, HISTORY_ONLY_TERMINATORS, TERMINATORS } from '../../../server/src/service/narrative/assertionScopeLimits';
import { ASSERTION_TRIGGERS } from '../../../server/src/service/narrative/assertionTriggers';
import type { DocumentedMention } from '../../../server/src/service/narrative/model';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { REFERENCE_CUES } from '../../../server/src/service/narrative/referenceCues';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Every assertion trigger, terminator and section default, each in a sentence of its own: a `pre`
 * trigger before "liver metastases", a `post` trigger after it; a terminator between a negation and
 * the mention lets the mention stay present.
 */

function mentionsOf(text: string): DocumentedMention[] {
  return [...readNarrative(text, spanOf(0, text.length), defaultContext()).mentions];
}

function assertionOfLiver(text: string): string | undefined {
  return mentionsOf(text).find((mention) => mention.code === 'C787')?.assertion;
}

describe('narrative assertion: triggers', () => {
  for (const trigger of ASSERTION_TRIGGERS) {
    if (trigger.assertion === 'pseudo' || trigger.assertion === 'active' || trigger.assertion === 'other' || trigger.direction === 'next' || trigger.nonInvasiveOnly === true || trigger.notForMetastasis === true) continue;
    // An indication's "Evaluate for X" opening its sentence is a rule-out (ANNOTATION.md); mid-sentence it keeps its kind.
    const expected = trigger.ruleOutWhenOpening === true ? 'uncertain' : trigger.assertion;
    if (trigger.ruleOutWhenOpening === true) {
      it(`"${trigger.words}" inside a sentence makes a mention ${trigger.assertion}`, () => {
        assert.equal(assertionOfLiver(`CT abdomen ${trigger.words} liver metastases.`), trigger.assertion);
      });
    }
    if (trigger.direction !== 'post') {
      it(`"${trigger.words}" before a mention makes it ${expected}`, () => {
        // A dated cue ("I had … in 2019") speaks of the past only with a date in its sentence.
        assert.equal(assertionOfLiver(`Pt seen today. ${trigger.words} liver metastases${trigger.dated === true ? ' in 2019' : ''}.`), expected);
      });
    }
    if (trigger.direction !== 'pre') {
      it(`"${trigger.words}" after a mention makes it ${expected}`, () => {
        // A dated cue speaks of the past only with a date in its sentence.
        // A course ("s/p chemo") is dated by a date right after it.
        const date = trigger.dated === true ? ' in 2019' : trigger.datedAfter === true ? ' 2019' : '';
        assert.equal(assertionOfLiver(`Pt seen today. Liver metastases ${trigger.words}${date}.`), expected);
      });
    }
  }

  for (const trigger of ASSERTION_TRIGGERS.filter((entry) => entry.nonInvasiveOnly === true)) {
    it(`"${trigger.words}" on a date makes a benign tumour history, not a malignancy`, () => {
      // Index: Hemangioma, liver D18.03; removed: Z86.018. A dated removal of liver metastases keeps them present.
      const around = (mention: string): string => (trigger.direction === 'pre' ? `2019 ${trigger.words} ${mention}.` : `${mention} ${trigger.words} 2019.`);
      assert.deepEqual(mentionsOf(around('hepatic hemangioma')).map((mention) => mention.assertion), ['history']);
      assert.equal(assertionOfLiver(around('liver metastases')), 'present');
    });
  }

  for (const trigger of ASSERTION_TRIGGERS.filter((entry) => entry.notForMetastasis === true)) {
    it(`"${trigger.words}" after a primary makes it history, not a metastasis`, () => {
      // Z85.038 Personal history of other malignant neoplasm of large intestine; table: liver / Malignant Secondary C78.7 stays present.
      assert.deepEqual(mentionsOf(`Pt seen today. Colon cancer ${trigger.words} surgery in 2015.`).map((mention) => [mention.code, mention.assertion]), [['Z85038', 'history']]);
      assert.equal(assertionOfLiver(`Pt seen today. Liver metastases ${trigger.words} SBRT.`), 'present');
    });
  }

  for (const trigger of ASSERTION_TRIGGERS.filter((entry) => entry.direction === 'next')) {
    it(`"${trigger.words}" opening the next sentence makes a mention history`, () => {
      assert.equal(assertionOfLiver(`Liver metastases. ${trigger.words} surgery in 2015.`), 'history');
    });
  }

  for (const trigger of ASSERTION_TRIGGERS.filter((entry) => entry.assertion === 'other')) {
    it(`"${trigger.words}" names someone else's condition: no mention, no family history`, () => {
      assert.deepEqual(mentionsOf(`Her ${trigger.words} had colon cancer.`), []);
      assert.deepEqual(mentionsOf(`Colon cancer in her ${trigger.words}.`), []);
    });
  }

  for (const trigger of ASSERTION_TRIGGERS.filter((entry) => entry.assertion === 'pseudo')) {
    it(`"${trigger.words}" is no trigger`, () => {
      assert.equal(assertionOfLiver(`${trigger.words} liver metastases.`), 'present');
    });
  }

  for (const trigger of ASSERTION_TRIGGERS.filter((entry) => entry.assertion === 'active')) {
    it(`"${trigger.words}" keeps a history mention active`, () => {
      // A parenthesised-only status is written in parentheses after its diagnosis ("AML (current)").
      // A cue of its own list item follows its diagnosis with no comma ("colon cancer as above, HTN").
      const cue = trigger.parenthesisedOnly === true ? ` (${trigger.words})` : trigger.ownItem === true ? ` ${trigger.words}` : `, ${trigger.words}`;
      // A cue that keeps only a watched leukaemia current is tested on one (watchedDiseaseTriggers.ts).
      if (trigger.haematologicOnly === true) return assert.equal(mentionsOf(`History of CLL${cue}.`)[0]?.assertion, 'present');
      // A cue that keeps only a benign lesion current is tested on one, and leaves a malignancy history (watchedDiseaseTriggers.ts).
      if (trigger.benignOnly === true) {
        assert.equal(mentionsOf(`History of meningioma${cue}.`)[0]?.assertion, 'present');
        return assert.equal(mentionsOf(`History of left breast cancer${cue}.`).find((mention) => mention.column === 'primary')?.assertion, 'history');
      }
      // A pointer back ("as above") keeps an item with no status of its own current, not one its own history lead calls past
      // (referenceCues.ts, round 20).
      if (REFERENCE_CUES.includes(trigger.words)) {
        assert.equal(mentionsOf(`PMH: left breast cancer${cue}, HTN.`).find((mention) => mention.column === 'primary')?.assertion, 'present');
        return assert.equal(mentionsOf(`History of left breast cancer${cue}.`).find((mention) => mention.column === 'primary')?.assertion, 'history');
      }
      const breast = mentionsOf(`History of left breast cancer${cue}.`).find((mention) => mention.column === 'primary');
      assert.equal(breast?.assertion, 'present');
    });
  }
});

describe('narrative assertion: scope', () => {
  for (const terminator of HISTORY_ONLY_TERMINATORS) {
    it(`"${terminator}" ends a history lead's scope but not a negation's`, () => {
      assert.ok(TERMINATORS.includes(terminator));
      assert.equal(assertionOfLiver(`Prior brain mass ${terminator} liver metastases.`), 'uncertain');
      assert.equal(assertionOfLiver(`No brain mass ${terminator} liver metastases.`), 'negated');
    });
  }

  for (const terminator of TERMINATORS.filter((entry) => !HEDGE_ONLY_TERMINATORS.includes(entry) && !HISTORY_ONLY_TERMINATORS.includes(entry))) {
    it(`"${terminator}" ends a negation's scope`, () => {
      assert.equal(assertionOfLiver(`No brain mass ${terminator} liver metastases.`), 'present');
    });
  }

  for (const terminator of HEDGE_ONLY_TERMINATORS) {
    it(`"${terminator}" ends a hedge's scope but not a negation's`, () => {
      assert.ok(TERMINATORS.includes(terminator));
      assert.equal(assertionOfLiver(`Likely brain mass with ${terminator} liver metastases.`), 'present');
      assert.equal(assertionOfLiver(`No ${terminator} liver metastases.`), 'negated');
    });
  }

  it('a sentence end ends the scope', () => {
    assert.equal(assertionOfLiver('No brain mass. Liver metastases.'), 'present');
  });

  it('a scope reaches across a list ("no pelvic nodal or osseous metastatic disease")', () => {
    const found = mentionsOf('PET: no pelvic nodal or osseous metastatic disease.');
    assert.deepEqual(found.map((mention) => [mention.code, mention.assertion]), [['C775', 'negated'], ['C7951', 'negated']]);
  });

  it('a history lead reaches through a long list of conditions', () => {
    const [colon] = mentionsOf('She has a history of hypertension, hyperlipidemia, GERD, osteoarthritis, hypothyroidism, obstructive sleep apnea, and colon cancer.');
    assert.equal(colon?.assertion, 'history');
  });

  it('a negation reaches only its usual scope outside a Review of Systems', () => {
    assert.equal(assertionOfLiver('Negative for fever, chills, night sweats, headache, cough, dyspnea, nausea, vomiting, diarrhea, rash and liver metastases.'), 'present');
  });

  it('a Review of Systems negation reads through its whole list and through "new"', () => {
    const text = 'REVIEW OF SYSTEMS:\nNegative for fever, chills, night sweats, headache, cough, dyspnea, nausea, vomiting, diarrhea, rash, new moles or skin cancer.\n';
    assert.equal(mentionsOf(text).find((mention) => mention.text === 'skin cancer')?.assertion, 'negated');
  });

  it('a history is not made active by a negated recurrence in the next sentence', () => {
    const [rectal] = mentionsOf('Rectal adenocarcinoma, completed adjuvant FOLFOX 2022. CT showed no evidence of local recurrence.');
    assert.equal(rectal?.assertion, 'history');
    const [again] = mentionsOf('Rectal adenocarcinoma, completed adjuvant FOLFOX 2022. CT now shows local recurrence.');
    assert.equal(again?.assertion, 'present');
  });

  it('a trigger that ends a lead line governs the list below it ("Negative for:", "Denies:", "Rule out:")', () => {
    assert.equal(assertionOfLiver('Negative for:\n- fever\n- weight loss\n- liver metastases\n'), 'negated');
    assert.equal(assertionOfLiver('Denies:\n- liver metastases\n'), 'negated');
    assert.equal(assertionOfLiver('Rule out:\n- liver metastases\n'), 'uncertain');
    assert.equal(assertionOfLiver('Staging workup:\n- liver metastases\n'), 'present');
  });

  it('a cancer with metastases in a Past Medical History list is current disease', () => {
    const found = mentionsOf('PMH:\n- mCRPC dx 2019 (Gleason 4+4), bone mets to spine/pelvis/ribs\n- Colon cancer 2010\n');
    assert.deepEqual(found.map((mention) => [mention.text, mention.code, mention.assertion]), [
      ['mCRPC', 'C61', 'present'], ['bone mets to spine', 'C7951', 'present'], ['Colon cancer', 'Z85038', 'history'],
    ]);
  });

  it('history carries through a sequence of sentences under a history lead', () => {
    const [breast] = mentionsOf('She was diagnosed with left breast cancer in 2010. She underwent lumpectomy and radiation. She completed 5 years of tamoxifen in 2015. No evidence of recurrence since.');
    assert.equal(breast?.assertion, 'history');
  });

  it('an active cue in the sentences after keeps the disease current', () => {
    const [breast] = mentionsOf('She was diagnosed with left breast cancer in 2010. She completed chemotherapy in 2011. Now with new bone metastases, on letrozole.');
    assert.equal(breast?.assertion, 'present');
  });

  it('a family member after "because" does not make the screened condition family', () => {
    const found = mentionsOf('He asks about prostate cancer screening because his father was diagnosed with prostate cancer at 68.');
    assert.deepEqual(found.map((mention) => mention.assertion), ['hypothetical', 'family']);
  });

  it('names the trigger as evidence', () => {
    const [liver] = mentionsOf('No evidence of liver metastases.');
    assert.equal(liver?.evidence?.trigger, 'no evidence of');
  });
});

describe('narrative assertion: sections', () => {
  it('Family History makes a mention family, PMH history unless active, other sections present', () => {
    const text = 'PMH:\nColon cancer 2010.\nMetastatic breast cancer on letrozole.\nFamily History:\nMother: ovarian cancer.\nAssessment:\nLiver metastases.\n';
    assert.deepEqual(mentionsOf(text).map((mention) => [mention.text, mention.assertion]), [
      ['Colon cancer', 'history'],
      ['breast cancer', 'present'],
      ['ovarian cancer', 'family'],
      ['Liver metastases', 'present'],
    ]);
  });
});

describe('narrative assertion: the trigger table', () => {
  it('lists each trigger phrase once (a phrase that works both ways is one "both" entry)', () => {
    const seen = new Set<string>();
    for (const trigger of ASSERTION_TRIGGERS) {
      assert.ok(!seen.has(trigger.words), `${trigger.words} listed twice`);
      seen.add(trigger.words);
    }
  });
});
