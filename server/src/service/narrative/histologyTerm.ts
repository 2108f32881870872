/**
 * The shape of an entry of the reviewed histology vocabulary (`histologyLexicon.ts`, `histologyNames.ts`):
 * its own module so the vocabulary files can share it without importing each other.
 */

/** What an anchor word does for the phrase around it. */
export type AnchorRole =
  /** Names a malignancy at the site around it ("carcinoma", "ca"). */
  | 'primary'
  /** Names a secondary site around it ("mets", "metastases", "implants"). */
  | 'secondary'
  /** The adjective "metastatic": "metastatic to X" (X secondary), "metastatic from X" / "metastatic X cancer" (X primary). */
  | 'metastatic'
  | 'in-situ'
  | 'benign'
  | 'uncertain'
  | 'unspecified';

export interface HistologyTerm {
  readonly words: string;
  readonly role: AnchorRole;
  /** The site the word names by itself, as a table path. */
  readonly impliedSite?: readonly string[];
  /** A dotted prefix that narrows a dash-ended cell (`D05.1` for DCIS). */
  readonly narrowTo?: string;
  /** A dotted code the Index gives the histology outright (HCC → C22.0), with its citation. */
  readonly indexCode?: string;
  readonly indexSource?: string;
  /**
   * The Index code holds only where no other site is written ("Cholangiocarcinoma … specified site NEC — see Neoplasm,
   * malignant, by site"; Tabular C22.1 Excludes1 malignant neoplasm of hepatic duct C24.0): a written site whose primary cell is
   * outside the implied organ's category is coded by the table ("cholangiocarcinoma of the common hepatic duct" → C24.0).
   */
  readonly indexCodeUnlessSited?: boolean;
  /**
   * A skin histology: the site is read as skin of that site, and within C44 the fifth character
   * names the type (1 basal cell carcinoma, 2 squamous cell carcinoma, 9 other specified, 0 unspecified; 3 sebaceous cell
   * carcinoma, which only the eyelid's C44.13- names: elsewhere it is other specified, 9).
   */
  readonly skinType?: '0' | '1' | '2' | '3' | '9';
  /**
   * The table row the Index sends the histology to before its site ("Sarcoma — see Neoplasm, connective
   * tissue, malignant"): a site with a row under it (thigh → C49.2-) is read there, any other site
   * (an organ: uterus, stomach) keeps its own row.
   */
  readonly tissue?: string;
  /** An abbreviation read only when written in capitals ("CUP", "PTC", "UPS"): in lower case it is an English word. */
  readonly capitalsOnly?: boolean;
  /** An abbreviation read only in this exact mixed-case spelling ("PCa" is prostate cancer; "PCA" is an analgesia pump). */
  readonly spelledAs?: string;
  /** A long form whose presence in the encounter lets the abbreviation be read in capitals too ("Bilateral RB" beside "retinoblastoma"). */
  readonly capitalsBesideLongForm?: string;
  /**
   * Alone in brackets the word is no diagnosis: "(HCC)" after a problem-list title is the EHR's
   * hierarchical condition category flag, and after "hepatocellular carcinoma" it only restates the name.
   */
  readonly notBracketed?: boolean;
  /** Before a lab value the word is an analyte: "Ca 9.4" is calcium, "CA 19-9" a tumour marker. */
  readonly notBeforeLabValue?: boolean;
  /** Words right after the word that make it a property or a service, not a diagnosis ("tumor board", "tumor size", "tumor markers"). */
  readonly notBefore?: readonly string[];
  /**
   * A lesion word ("tumor"): a neoplasm of unspecified behaviour (Index: Tumor — see Neoplasm, unspecified
   * behavior) only at a site written beside it or on its line's label, and the note's own cancer when the
   * note proves one in that organ (ANNOTATION.md, "Tumor" of a proven cancer).
   */
  readonly namesLesion?: boolean;
  /**
   * The abbreviation is read only right after one of these words ("R VS", "bilateral VS": a vestibular schwannoma), since alone it
   * is another word ("VS" versus, vital signs).
   */
  readonly onlyAfter?: readonly string[];
  /** The abbreviation names a urothelial carcinoma only in a urothelial carcinoma's phrase ("papillary UC", "bladder UC"; urinaryContext.ts). */
  readonly urinaryOnly?: boolean;
  /** The abbreviation names a tubular adenoma only in a colon polyp's phrase ("polyp: TA"; polypContext.ts). */
  readonly polypOnly?: boolean;
  /** The abbreviation is also a staff member's title ("CRC", a clinical research coordinator): no diagnosis before a name, credential or errand (`staffRoles.ts`). */
  readonly staffTitle?: boolean;
  /** Words right before the word that make it something else ("breast implants", "calcium deposits", "cellulitis spread"). */
  readonly notAfter?: readonly string[];
  /** The word names a secondary only at a lymph node site or a metastasis-prone organ ("nodal recurrence", "recurrence in the liver"; a "local recurrence" is the primary's). */
  readonly nodesOnly?: boolean;
  /**
   * The word names a neoplasm only on a serosal surface written with it ("perihepatic implant", "omental implant"); alone or at
   * another site it is a device ("the implant", "prostate seed implant").
   */
  readonly withSiteOnly?: boolean;
  /** The word names a node's metastasis only at a lymph node written right after it ("positive left axillary sentinel lymph node", "+SLN"). */
  readonly nodeRightAfter?: boolean;
  /** The words name secondaries only in the site list written right after them ("Stage IV - liver, bone"), never a site found elsewhere. */
  readonly listOnly?: boolean;
  /**
   * The word names a secondary only in a sentence that already calls the disease metastatic ("metastatic
   * colon cancer with liver and lung involvement"); "lymphoma with marrow involvement" is no metastasis.
   */
  readonly inMetastaticSentence?: boolean;
  /**
   * The site of a secondary whose sentence names none, read only after every written site, finding and report organ
   * was looked for ("no drop mets": the spinal canal's; "pleural nodules, suspicious for drop metastases": the pleura's).
   */
  readonly fallbackSite?: readonly string[];
  /** Organs the fallback site replaces when the finder placed the secondary there ("MRI spine: no drop mets" is no bone metastasis). */
  readonly fallbackOver?: readonly string[];
  /** A desmoid tumour: its uncertain-behaviour cell is coded by the body region of its site (Tabular D48.11-, `desmoidSites.ts`). */
  readonly desmoid?: boolean;
  /** With no site of its own the word is of this organ when the encounter documents a neoplasm there ("+ CIS" in a bladder cancer note; `encounterOrgan.ts`). */
  readonly encounterOrgan?: readonly string[];
  /** A generic second cancer (C80.1): the sites written with it are primaries of their own beside it (`secondPrimarySites.ts`). */
  readonly secondPrimary?: boolean;
  /** Read only as a noun phrase of its own ("risk of a second primary (lifelong)"), not before the noun it qualifies ("second primary lung cancer"). */
  readonly standsAlone?: boolean;
  /**
   * Read only as a statement of its own, ending its sentence ("MALIGNANT (BETHESDA VI)."): a category line that goes on into its
   * diagnosis ("Bethesda VI - malignant, c/w papillary thyroid carcinoma") qualifies that diagnosis, which is the entry.
   */
  readonly endsStatement?: boolean;
}
