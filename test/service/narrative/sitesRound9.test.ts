import { checkReadings } from './readingCases';

/**
 * Vocabulary, sites and codes round 9 (issue 12): phrasings the blind dev batches d363–d402 showed the reader
 * missing, written as families of phrasing rather than copied from one note. Each expected code cites its
 * Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read
 * differently before this round unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative sites round 9: one tumour written across two parts of an organ is its overlapping lesion', () => {
  checkReadings([
    // Table: pancreas, body C25.1; pancreas, tail C25.2; pancreas, overlapping lesion C25.8 (Tabular C25.8 Malignant
    // neoplasm of overlapping sites of pancreas).
    ['"pancreatic adenocarcinoma (body/tail, dx …)" is the overlapping lesion', 'PMHx: metastatic pancreatic adenocarcinoma (body/tail, dx 5/2026) w/ peritoneal carcinomatosis.', [
      ['pancreatic adenocarcinoma', 'C258', 'present'], ['peritoneal carcinomatosis', 'C786', 'present'],
    ]],
    ['"adenocarcinoma of the pancreatic body/tail"', 'Dx: adenocarcinoma of the pancreatic body/tail.', [['adenocarcinoma of the pancreatic body', 'C258', 'present']]],
    ['"pancreatic body/tail adenocarcinoma" (the second part between the site and the histology)', 'Dx: pancreatic body/tail adenocarcinoma.', [
      ['pancreatic body/tail adenocarcinoma', 'C258', 'present'],
    ]],
    ['"pancreatic body and tail adenocarcinoma"', 'Dx: pancreatic body and tail adenocarcinoma.', [['pancreatic body and tail adenocarcinoma', 'C258', 'present']]],
    // Table: pancreas, head C25.0; pancreas, neck C25.7: two parts with different codes.
    ['"pancreatic adenocarcinoma (head/neck)"', 'Dx: pancreatic adenocarcinoma (head/neck).', [['pancreatic adenocarcinoma', 'C258', 'present']]],
    // Table: stomach, antrum (pyloric) C16.3; stomach, body C16.2; stomach, overlapping lesion C16.8.
    ['"gastric adenocarcinoma (body/antrum)"', 'Dx: gastric adenocarcinoma (body/antrum).', [['gastric adenocarcinoma', 'C168', 'present']]],
    ['guard: one part in the parenthesis stays that part (pancreas, tail C25.2)', 'Dx: pancreatic adenocarcinoma (tail).', [['pancreatic adenocarcinoma', 'C252', 'present']]],
    ['guard: a part joined to a word that is no part of the organ keeps the part (pancreas, body C25.1)', 'Dx: pancreatic adenocarcinoma (body/liver).', [
      ['pancreatic adenocarcinoma', 'C251', 'present'],
    ]],
  ]);
});
