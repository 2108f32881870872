import { checkReadings } from './readingCases';

/**
 * How a leukaemia, lymphoma or myeloma's remission is written in haematology notes: the response categories
 * ("stringent CR", "sCR", "complete response") and a status sentence of its own after the diagnosis. The
 * Tabular's fifth or sixth character says remission (C90.01 "Multiple myeloma in remission", C92.01, C83.3A);
 * maintenance therapy does not undo a documented remission, and a serum creatinine ("sCr") is no remission.
 */
describe('narrative remission: response categories and status sentences', () => {
  checkReadings([
    // Index: Myeloma, multiple C90.0-, in remission C90.01.
    ['"in stringent CR"', 'Multiple myeloma in stringent CR.', [['Multiple myeloma', 'C9001', 'present']]],
    ['"in sCR"', 'Multiple myeloma, in sCR.', [['Multiple myeloma', 'C9001', 'present']]],
    ['remission with maintenance continued', 'Multiple myeloma in stringent CR - continue Revlimid 10 mg d1-21.', [['Multiple myeloma', 'C9001', 'present']]],
    ['a status sentence after a long diagnosis', 'Dx: IgG kappa multiple myeloma, dx 2023, s/p VRd x4, auto-SCT 3/2024, now on lenalidomide maintenance. In sCR.',
      [['multiple myeloma', 'C9001', 'present']]],
    // Index: Leukemia, myeloid, acute C92.0-, in remission C92.01.
    ['"In CR1" opening the next sentence', 'AML s/p 7+3. In CR1 per BMBx.', [['AML', 'C9201', 'present']]],
    // Index: Lymphoma, diffuse large B-cell C83.3-, in remission C83.3A (FY2025).
    ['"in complete response"', 'DLBCL, in complete response after R-CHOP.', [['DLBCL', 'C833A', 'present']]],
    // Not in remission: C90.00 "Multiple myeloma not having achieved remission"; C91.10 for chronic lymphocytic leukaemia.
    ['a serum creatinine is no remission', 'Multiple myeloma with rise in sCr.', [['Multiple myeloma', 'C9000', 'present']]],
    ['a complete response not achieved', 'Multiple myeloma, did not achieve complete response.', [['Multiple myeloma', 'C9000', 'present']]],
    ['a later sentence not opening with the status', 'CLL on ibrutinib. In the clinic today he is well.', [['CLL', 'C9110', 'present']]],
  ]);
});
