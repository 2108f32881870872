import { checkReadings } from './readingCases';

/**
 * A family named after the diagnoses it had ("given ovarian + breast ca in family"): the cancers are the relatives',
 * coded to Z80.- (Tabular Z80 Family history of primary malignant neoplasm), never the patient's.
 */
describe('narrative assertion: the family named after its diagnoses', () => {
  checkReadings([
    // Z80.41 Family history of malignant neoplasm of ovary; Z80.3 Family history of malignant neoplasm of breast.
    ['"in family" after two diagnoses', 'Genetic counseling referral given ovarian + breast ca in family.', [['ovarian', 'Z8041', 'family'], ['breast ca', 'Z803', 'family']]],
    // Z80.0 Family history of malignant neoplasm of digestive organs.
    ['"runs in the family"', 'Colon cancer runs in the family.', [['Colon cancer', 'Z800', 'family']]],
    ['denied "in the family"', 'No colon cancer in the family.', [['colon cancer', 'Z800', 'negated']]],
    ['"in first-degree relatives"', 'Breast cancer in first-degree relatives: mother at 52.', [['Breast cancer', 'Z803', 'family']]],
    // table: breast, left / Malignant Primary C50.912 (female, "her"): the patient's own cancer in her breast stays hers.
    ['"in her left breast" is no family', 'She has breast cancer in her left breast.', [['breast cancer in her left breast', 'C50912', 'present']]],
  ]);
});
