/**
 * Mast cell neoplasms and Langerhans-cell histiocytosis, as allergy, haematology and paediatric oncology notes name them, each
 * with the Tabular code of its kind (the morphology lexicon imports these, not the other way round):
 *
 * - cutaneous mastocytosis D47.01 (inclusions: maculopapular and diffuse cutaneous mastocytosis, solitary mastocytoma, urticaria
 *   pigmentosa, telangiectasia macularis eruptiva perstans), systemic mastocytosis D47.02 (inclusions: indolent, smoldering,
 *   isolated bone marrow mastocytosis, SM-AHNMD), mastocytosis NOS D47.09; aggressive systemic mastocytosis C96.21, mast cell
 *   sarcoma C96.22, mast cell leukaemia C94.3-;
 * - Langerhans-cell histiocytosis NOS and unifocal C96.6 (inclusions: eosinophilic granuloma, histiocytosis X NOS), multifocal and
 *   unisystemic C96.5 (Hand-Schüller-Christian disease), multifocal and multisystemic C96.0 (Letterer-Siwe disease); "pulmonary
 *   LCH" of the adult is J84.82 (C96.6 Excludes1), no neoplasm.
 *
 * History: Z86.03 for a neoplasm of uncertain behaviour, Z85.79 (other lymphoid and haematopoietic malignancy) or Z85.6 (leukaemia)
 * for a malignant one; family Z80.7 (Z80.6 for the leukaemia).
 */

/** The fields of a morphology term (morphologyLexicon.ts) these entries set. */
export interface MastCellHistiocyticTerm {
  readonly words: string;
  readonly code: string;
  readonly remission?: string;
  readonly relapse?: string;
  readonly history: string;
  readonly family: string;
  readonly source: string;
  readonly capitalsOnly?: boolean;
  readonly notAfter?: readonly string[];
}

const UNCERTAIN_HISTORY = { history: 'Z86.03', family: 'Z80.7' };
const MALIGNANT_HISTORY = { history: 'Z85.79', family: 'Z80.7' };

function kind(words: readonly string[], code: string, title: string, history: { history: string; family: string }, extra: Partial<MastCellHistiocyticTerm> = {}): MastCellHistiocyticTerm[] {
  return words.map((spelling) => ({ words: spelling, code, ...history, source: `Tabular ${code} ${title}`, ...extra }));
}

/** Words before "LCH" that make it the adult lung's histiocytosis (J84.82), no neoplasm. */
const PULMONARY = ['pulmonary', 'lung', 'plch'];

export const MAST_CELL_AND_HISTIOCYTIC_TERMS: readonly MastCellHistiocyticTerm[] = [
  ...kind(['cutaneous mastocytosis', 'maculopapular cutaneous mastocytosis', 'diffuse cutaneous mastocytosis', 'urticaria pigmentosa', 'solitary mastocytoma',
    'telangiectasia macularis eruptiva perstans', 'mpcm'], 'D47.01', 'Cutaneous mastocytosis', UNCERTAIN_HISTORY),
  ...kind(['systemic mastocytosis', 'indolent systemic mastocytosis', 'smoldering systemic mastocytosis', 'smouldering systemic mastocytosis',
    'isolated bone marrow mastocytosis', 'bone marrow mastocytosis', 'indolent sm', 'smoldering sm', 'sm-ahnmd', 'sm-ahn'], 'D47.02', 'Systemic mastocytosis', UNCERTAIN_HISTORY),
  ...kind(['ism'], 'D47.02', 'Systemic mastocytosis (indolent)', UNCERTAIN_HISTORY, { capitalsOnly: true }),
  ...kind(['mastocytosis', 'mastocytoma'], 'D47.09', 'Other mast cell neoplasms of uncertain behavior (mastocytosis NOS)', UNCERTAIN_HISTORY),
  ...kind(['aggressive systemic mastocytosis', 'aggressive sm'], 'C96.21', 'Aggressive systemic mastocytosis', MALIGNANT_HISTORY),
  ...kind(['mast cell sarcoma'], 'C96.22', 'Mast cell sarcoma', MALIGNANT_HISTORY),
  ...kind(['mast cell leukemia', 'mast cell leukaemia'], 'C94.30', 'Mast cell leukemia not having achieved remission', { history: 'Z85.6', family: 'Z80.6' },
    { remission: 'C94.31', relapse: 'C94.32' }),
  ...kind(['langerhans cell histiocytosis', 'langerhans-cell histiocytosis', 'eosinophilic granuloma', 'histiocytosis x', 'unifocal langerhans cell histiocytosis',
    'unifocal lch'], 'C96.6', 'Unifocal Langerhans-cell histiocytosis (Langerhans-cell histiocytosis NOS)', MALIGNANT_HISTORY, { notAfter: PULMONARY }),
  ...kind(['lch'], 'C96.6', 'Unifocal Langerhans-cell histiocytosis (Langerhans-cell histiocytosis NOS)', MALIGNANT_HISTORY, { capitalsOnly: true, notAfter: PULMONARY }),
  ...kind(['multifocal lch', 'multifocal langerhans cell histiocytosis', 'multifocal unisystem lch', 'multifocal single-system lch', 'hand-schuller-christian disease'],
    'C96.5', 'Multifocal and unisystemic Langerhans-cell histiocytosis', MALIGNANT_HISTORY),
  ...kind(['multisystem lch', 'multisystem langerhans cell histiocytosis', 'multifocal multisystem lch', 'disseminated lch', 'ms-lch', 'letterer-siwe disease'],
    'C96.0', 'Multifocal and multisystemic (disseminated) Langerhans-cell histiocytosis', MALIGNANT_HISTORY),
];
