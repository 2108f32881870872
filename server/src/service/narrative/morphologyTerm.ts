/**
 * Histologies the Alphabetic Index classifies by morphology, not through the Table of Neoplasms:
 * each with the dotted code the Index gives when the text says no more, the code "in remission" where
 * the classification has one (leukaemia, myeloma and, since FY2025, the lymphomas C81–C88: remission is part
 * of the code, not history), and its
 * personal- and family-history codes. Every code is checked against the FY2027 code list in
 * `test/service/narrative/histologyLexicon.test.ts`.
 */
export interface MorphologyTerm {
  readonly words: string;
  readonly code: string;
  readonly remission?: string;
  /** The code "in relapse" (leukaemia, myeloma). */
  readonly relapse?: string;
  readonly inSitu?: string;
  /** The personal-history code of the in-situ form (Z86.006 for melanoma in situ). */
  readonly inSituHistory?: string;
  readonly history: string;
  readonly family: string;
  readonly source: string;
  /** The site axis of the category (`morphologySites.ts`): skin subdivisions (C43, D03) or the lymphoma fifth character. */
  readonly siteAxis?: 'melanoma' | 'merkel' | 'lymphoma' | 'carcinoid' | 'hemangioma' | 'gist' | 'kaposi' | 'mesothelioma' | 'nevus' | 'lipoma' | 'leiomyoma';
  /** A carcinoid the text calls benign: Tabular D3A.0- by site instead of C7A.0-. */
  readonly benign?: boolean;
  /** An abbreviation read only when written in capitals ("NET", "ET"): in lower case it is an English word. */
  readonly capitalsOnly?: boolean;
  /**
   * The abbreviation is an English word in capitals too: read only outside shouted text and headings
   * ("ALL MARGINS NEGATIVE", "ALL: NKDA" are "all" and allergies, "daughter - ALL age 6" is the leukaemia).
   */
  readonly notShouted?: boolean;
  /** After a number the abbreviation is a unit ("Breslow 2.4 MM"). */
  readonly notAfterNumber?: boolean;
  /**
   * The abbreviation names two things ("MM": melanoma or myeloma; "HL": Hodgkin lymphoma or hearing loss; "MCL": mantle cell lymphoma
   * or a knee ligament; "PV": polycythemia vera or the portal vein): the encounter's other mentions choose (`noteRestatements.ts`):
   * `skin-or-myeloma`, `lymphoma` (a lymphoma written), `hodgkin` (a lymphoma or a Hodgkin regimen in its sentence), `mpn` (a
   * myeloproliferative neoplasm written), `myeloma` (a myeloma written), `leukaemia` (a leukaemia written), `skin` (a skin neoplasm or its own site written: "MIS" is also minimally invasive surgery); with no such mention it is no mention.
   * `not-mycosis-fungoides`: the words name a new disease except in a note about mycosis fungoides ("large cell transformation").
   */
  readonly ambiguous?: 'skin-or-myeloma' | 'skin' | 'lymphoma' | 'hodgkin' | 'mpn' | 'myeloma' | 'kaposi' | 'leukaemia' | 'not-mycosis-fungoides';
  /** The words name a relapse of the disease ("marrow relapse", "CNS relapse"): coded with `relapse` as if "relapsed" preceded. */
  readonly namesRelapse?: boolean;
  /** Before a dose the abbreviation is a drug's salt ("sertraline HCL 50 mg": the hydrochloride), not the disease. */
  readonly notBeforeDose?: boolean;
  /** An abbreviation read only in this exact mixed-case spelling ("BANs": benign acquired nevi). */
  readonly spelledAs?: string;
  /** Words right after the abbreviation that make it something else ("WM hyperintensities": white matter). */
  readonly notBefore?: readonly string[];
  /** Words before the abbreviation that make it something else ("moved to FL": Florida). */
  readonly notAfter?: readonly string[];
  /** The words name the in-situ form themselves ("MIS", "lentigo maligna"): coded with `inSitu` as if "in situ" followed. */
  readonly namesInSitu?: boolean;
}
