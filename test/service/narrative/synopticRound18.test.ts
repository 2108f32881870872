import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/** The mentions of a note as `[words, code or 'null', section name]`, in order. */
function mentionSections(text: string): (readonly [string, string, string | undefined])[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.section?.name] as const);
}

/**
 * Tuner C2, round 18 (issue 12): a synoptic report's title opens the report's part, Pathology (ANNOTATION.md's header table: "a
 * synoptic report ('Endometrium Synoptic (CAP)', 'SYNOPTIC (Thymic Epithelial Tumors)')"), and its fields stay there (rule 3: "a
 * field of a synoptic report ('Procedure:', 'Histologic Type:') is not [a header]"; the round-17 decision "A synoptic report's
 * fields … stay Pathology"). From d744 ("SYNOPTIC - COLON AND RECTUM: RESECTION (CAP v4.3)" after the report's COMMENT), d745
 * ("LUNG SYNOPTIC (CAP Lung Resection v4.4):"), d748 ("CANCER CASE SUMMARY (Kidney, Resection - CAP v4.2)" after DIAGNOSIS,
 * its "Additional Findings: Papillary adenoma"), d750 ("SYNOPTIC REPORT - MELANOMA OF THE SKIN: …"), d405 / d550 (a colon
 * synoptic's "Additional Findings: tubular adenoma"), d516 ("SYNOPTIC (Thymic Epithelial Tumors)" after a COMMENT).
 * Codes: Table of Neoplasms, intestine, large, colon, ascending → Malignant Primary C18.2; kidney, except renal pelvis → Benign
 * D30.0- (Tabular D30.02 Benign neoplasm of left kidney; Index: Adenoma, papillary - see Neoplasm, benign); thyroid gland →
 * Malignant Primary C73.
 */
describe('narrative sections round 18: synoptic report titles', () => {
  it('a dashed synoptic title after a COMMENT keeps its Procedure field and histology in Pathology', () =>
    assert.deepEqual(mentionSections('COMMENT:\nMismatch repair results are in the addendum.\n\nSYNOPTIC - COLON AND RECTUM: RESECTION (CAP v4.3)\n'
      + 'Procedure:                      Right hemicolectomy\nTumor Site:                     Ascending colon\nHistologic Type:                Adenocarcinoma'),
    [['Adenocarcinoma', 'C182', 'Pathology']]));
  it('"CANCER CASE SUMMARY (…)" after DIAGNOSIS opens Pathology, and its Additional Findings field stays in it', () =>
    assert.deepEqual(mentionSections('DIAGNOSIS:\nKIDNEY, LEFT, PARTIAL NEPHRECTOMY: renal cell carcinoma, clear cell type.\n\n'
      + 'CANCER CASE SUMMARY (Kidney, Resection - CAP v4.2)\n  Procedure: Partial nephrectomy\n  Specimen Laterality: Left\n  Additional Findings: Papillary adenoma')
      .map(([, , section]) => section), ['Diagnoses', 'Pathology']));
  it('an organ before "Synoptic" with a colon after its parenthesis opens Pathology', () =>
    assert.deepEqual(mentionSections('Comment:\nFrozen/permanent discrepancy reviewed.\n\nLUNG SYNOPTIC (CAP Lung Resection v4.4):\nProcedure: Wedge resection\n'
      + 'Tumor Site: Right upper lobe\nHistologic type: Invasive adenocarcinoma').map(([, , section]) => section), ['Pathology']));
  it("the title's organ stays the site of the form's histology", () =>
    assert.deepEqual(mentionSections('COMMENT:\nSee below.\n\nSYNOPTIC REPORT - THYROID GLAND (CAP protocol)\nHistologic Type: Papillary carcinoma, classic'),
      [['carcinoma', 'C73', 'Pathology']]));
  it('a list item that points to the synoptic opens no section', () =>
    assert.deepEqual(mentionSections('Procedure: Right upper lobectomy.\n   - invasive adenocarcinoma of the right upper lobe, 3.2 cm (see synoptic)').map(([, , section]) => section), ['Procedure']));
  it('an operative note\'s Procedure and Findings stay theirs without a synoptic title', () =>
    assert.deepEqual(mentionSections('Procedure: Right hemicolectomy\nFindings: Ascending colon mass, c/w adenocarcinoma').map(([, , section]) => section), ['Results']));
});
