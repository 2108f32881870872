import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { doComplete } from '../../../server/src/service/features/completion';
import { doHover } from '../../../server/src/service/features/hover';
import { CodeDescriptions } from '../../../server/src/service/features/codeDescription';
import { findDocumentSymbols } from '../../../server/src/service/features/symbols';
import { parseDocument } from '../../../server/src/service/parse';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf, withCursor } from '../../helpers/cursor';
import { scriptedReader } from '../../helpers/scriptedReader';
import type { ScriptedMention } from '../../helpers/scriptedReader';
import { sourceOf } from '../../helpers/snapshot';

/**
 * The hover, completion and outline on documented phrases, with readings from a scripted reader.
 * Codes: C78.7 (Table of Neoplasms: liver → Malignant Secondary), C34.11 (lung, upper lobe, right).
 */

const LIVER_METS: ScriptedMention = { phrase: 'hepatic metastases', code: 'C78.7', column: 'secondary', source: 'Table of Neoplasms: liver → Malignant Secondary' };
const NEGATED_BONE: ScriptedMention = { phrase: 'osseous metastases', code: 'C79.51', column: 'secondary', assertion: 'negated', trigger: 'no evidence of', source: 'Table of Neoplasms: bone → Malignant Secondary' };
const BREAST: ScriptedMention = { phrase: 'breast cancer', code: null, candidates: ['C50.911', 'C50.912'], missing: 'laterality', source: 'Table of Neoplasms: breast → Malignant Primary' };
const reader = scriptedReader([LIVER_METS, NEGATED_BONE, BREAST]);
const codeSets = testCodeSets();
const environment = { codeSets, cpt: undefined, descriptions: new CodeDescriptions(codeSets) };

function hover(fixture: string): string {
  const { document, position } = withCursor(fixture, 'clinical-note');
  const result = doHover(sourceOf(document), parseDocument(document.getText(), 'clinical-note', { note: { reader } }), position, environment);
  assert.ok(result, 'expected a hover');
  return (result.contents as { value: string }).value;
}

function completionLabels(fixture: string): string[] {
  const { document, position } = withCursor(fixture, 'clinical-note');
  const list = doComplete(sourceOf(document), parseDocument(document.getText(), 'clinical-note', { note: { reader } }), position, environment);
  return [...list.items].sort((a: CompletionItem, b: CompletionItem) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((item) => item.label);
}

describe('features on documented phrases', () => {
  it('hover: the code, its table row, the assertion, the section and whether a listed code covers it', () => {
    const markdown = hover('Assessment: colon cancer with hep$0atic metastases. Dx: C18.9');
    assert.ok(markdown.includes('Documented: secondary malignant neoplasm of liver and intrahepatic bile duct → **C78.7** (Table of Neoplasms: liver → Malignant Secondary)'), markdown);
    assert.ok(markdown.includes('Assertion: present'), markdown);
    assert.ok(markdown.includes('Section: Assessment'), markdown);
    assert.ok(markdown.includes('No listed code covers it'), markdown);
    assert.ok(hover('Assessment: hep$0atic metastases. Dx: C78.7').includes('Listed: C78.7 covers it.'));
  });

  it('hover: a negation names its trigger, and a phrase without a single code lists candidates and what is missing', () => {
    const negated = hover('CT: no evidence of osse$0ous metastases.');
    assert.ok(negated.includes("Assertion: negated by 'no evidence of'"), negated);
    assert.ok(negated.includes('needs none'), negated);
    const breast = hover('Assessment: brea$0st cancer.');
    assert.ok(breast.includes('one of **C50.911**, **C50.912**'), breast);
    assert.ok(breast.includes('the text does not give the laterality'), breast);
  });

  it('hover: a code keeps its own hover; plain words get none', () => {
    assert.ok(hover('hepatic metastases (C7$08.7)').includes('**C78.7** ·'));
    const { document, position } = withCursor('Patient w$0ell.', 'clinical-note');
    assert.equal(doHover(sourceOf(document), parseDocument(document.getText(), 'clinical-note', { note: { reader } }), position, environment), null);
  });

  it('completion: after a documented phrase, its code comes first', () => {
    assert.equal(completionLabels('Assessment: hepatic metastases (C7$0')[0], 'C78.7');
    assert.equal(completionLabels('Assessment: hepatic metastases, C$0')[0], 'C78.7');
    assert.notEqual(completionLabels('Assessment: hepatic metastases noted on the scan today (C7$0')[0], 'C78.7', 'only right after the phrase');
    assert.deepEqual(completionLabels('Assessment: breast cancer (C50$0').slice(0, 2), ['C50.911', 'C50.912']);
  });

  it('outline: documented conditions under the encounter\'s codes, with assertion and section; first-listed from the Assessment', () => {
    const text = 'PMH: Z85.3\nAssessment: C18.9 with hepatic metastases; no evidence of osseous metastases.';
    const [encounter] = findDocumentSymbols(sourceOf(documentOf(text, 'clinical-note')), parseDocument(text, 'clinical-note', { note: { reader } }), environment);
    const children = encounter?.children ?? [];
    assert.deepEqual(children.map((child) => `${child.name.split(' ')[0] ?? ''} | ${child.detail ?? ''}`), [
      'Z85.3 | ',
      'C18.9 | first-listed',
      'hepatic | documented · present · Assessment',
      'osseous | documented · negated by \'no evidence of\' · Assessment',
    ]);
    assert.equal(children[2]?.name, 'hepatic metastases → C78.7');
  });
});
