import { CANCER_DRUGS } from '../../../server/src/service/narrative/cancerDrugs';
import { checkReadings, type ReadingCase } from './readingCases';

/**
 * Every entry of the shared list of anticancer drugs, tested in both places it is read: after "now on" beside a
 * cancer history, and, for the drugs given against a few cancers, in a Medications list. A treatment directed to the
 * cancer now means the cancer is current, not history (Guideline I.C.2.d: Z85 only when "there is no further
 * treatment directed to that site"). The frames without a drug read history, so each case fails without its entry.
 */

/** A history of a cancer of the drug's first category, and the code it has when current. */
const CURRENT_CANCERS: Readonly<Record<string, readonly [words: string, code: string]>> = {
  // table: breast / Malignant Primary C50.9- (no side or sex: null).
  C50: ['breast cancer', 'null'],
  // table: prostate / Malignant Primary C61.
  C61: ['prostate cancer', 'C61'],
  // Index: Leukemia, myeloid, chronic, BCR/ABL-positive C92.1-, not having achieved remission C92.10.
  C92: ['CML', 'C9210'],
  // Index: Leukemia, lymphocytic, chronic C91.1-, not having achieved remission C91.10.
  C91: ['CLL', 'C9110'],
  // Index: Myeloma (multiple) C90.0-, not having achieved remission C90.00.
  C90: ['multiple myeloma', 'C9000'],
  // table: lung / Malignant Primary C34.9- (no side: null).
  C34: ['lung cancer', 'null'],
};
/** Drugs given against many cancers: table: colon / Malignant Primary C18.9. */
const ANY_CANCER: readonly [string, string] = ['colon cancer', 'C189'];

function currentCancer(treats: readonly string[] | undefined): readonly [string, string] {
  return (treats === undefined ? undefined : CURRENT_CANCERS[treats[0] ?? '']) ?? ANY_CANCER;
}

describe('cancer drugs: the frames without a drug read history', () => {
  checkReadings([
    // Z85.038 Personal history of other malignant neoplasm of large intestine; Z85.6 Personal history of leukemia.
    ['a drug with no cancer use', 'H/o colon cancer, now on aspirin.', [['colon cancer', 'Z85038', 'history']]],
    ['a leukaemia history', 'H/o CML.', [['CML', 'Z856', 'history']]],
    // Z85.3 Personal history of malignant neoplasm of breast: a Medications list without a cancer drug.
    ['a Medications list without a cancer drug', 'PMH: HTN, breast cancer s/p treatment 2019.\nMEDICATIONS:\n- amlodipine\n', [['breast cancer', 'Z853', 'history']]],
  ]);
});

describe('cancer drugs: "now on" a drug keeps the cancer current', () => {
  const cases: ReadingCase[] = CANCER_DRUGS.flatMap((drug) => drug.names.map((name): ReadingCase => {
    const [words, code] = currentCancer(drug.treats);
    return [name, `H/o ${words}, now on ${name}.`, [[words, code, 'present']]];
  }));
  checkReadings(cases);
});

describe('cancer drugs: a drug in the Medications list treats its cancer now', () => {
  const cases: ReadingCase[] = CANCER_DRUGS.filter((drug) => drug.treats !== undefined).flatMap((drug) => drug.names.map((name): ReadingCase => {
    const [words, code] = currentCancer(drug.treats);
    return [name, `PMH: HTN, ${words} s/p treatment 2019.\nMEDICATIONS:\n- ${name} daily\n- amlodipine\n`, [[words, code, 'present']]];
  }));
  checkReadings(cases);
});
