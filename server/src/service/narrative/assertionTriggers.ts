import { ONGOING_TREATMENTS } from './cancerDrugs';
import { BOX_REACH, CHECKED_NO, CHECKED_YES, CHECKLIST_NO, UNCHECKED_BOXES } from './checkboxTriggers';
import { type AssertionTrigger, bothTriggers as both, postTriggers as post, preTriggers as pre } from './assertionTrigger';
import { COURSE_STATUS_TRIGGERS } from './courseStatusTriggers';
import { MARKER_STATUS_TRIGGERS } from './markerStatusTriggers';
import { RESTRICTION_TRIGGERS } from './restrictionTriggers';
import { OUTLOOK_TRIGGERS } from './outlookTriggers';
import { REFERENCE_CUES } from './referenceCues';
import { REPORT_LANGUAGE_TRIGGERS } from './reportLanguageTriggers';
import { WATCHED_DISEASE_TRIGGERS, WATCHED_LESION_TRIGGERS } from './watchedDiseaseTriggers';
import { PROGRESSION_HEDGE_PHRASES } from './weighedProgression';

/**
 * NegEx/ConText triggers as data (Chapman 2001; Harkema 2009), written for oncology notes; the trigger's shape and scope
 * options are in `assertionTrigger.ts`. Every entry is tested in `test/service/narrative/assertion.test.ts`.
 */
export type { AssertionTrigger, TriggerDirection } from './assertionTrigger';

/** `next`: the trigger speaks for the diagnosis of the sentence before it when it opens the next one ("Breast cancer. Treated with lumpectomy in 2015."). */
const next = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] =>
  words.map((entry) => ({ words: entry, assertion, direction: 'next' }));
/** A hedge between two diagnoses ("metastasis vs myeloma"): backward it reaches only the diagnosis right before it. */
const between = (...words: string[]): AssertionTrigger[] =>
  words.map((entry) => ({ words: entry, assertion: 'uncertain', direction: 'both', postScope: 1 }));

/** Surveillance studies whose result, written after a treated cancer, says there is no evidence of disease. */
const SURVEILLANCE_STUDIES: readonly string[] = ['imaging', 'scans', 'cts', 'mris', 'pet scans', 'scopes', 'cystoscopies', 'colonoscopies', 'mammograms', 'mammos', 'paps', 'pap smears'];

/**
 * Courses of treatment that end (chemotherapy, radiation and the named regimens; not a targeted treatment of one
 * metastasis, SRS or SBRT, nor an induction that a consolidation follows, "7+3"): "s/p" one of them on a date, or one joined
 * to a dated operation ("s/p lumpectomy and RT 2012"), says the treatment was completed (Guideline I.C.2.d), as "completed
 * chemo" does; an operation alone does not (ANNOTATION.md), nor a treatment given now ("on", "now", "cycle" keep it current).
 */
export const COMPLETED_COURSES: readonly string[] = [
  'chemo', 'chemotherapy', 'adjuvant chemo', 'adjuvant chemotherapy', 'rt', 'xrt', 'radiation', 'radiotherapy', 'adjuvant rt', 'adjuvant radiation',
  'crt', 'chemort', 'chemoradiation', 'chemoradiotherapy', 'brachytherapy', 'rai',
  'r-chop', 'chop', 'abvd', 'beacopp', 'r-cvp', 'r-epoch', 'da-r-epoch', 'folfox', 'folfiri', 'folfirinox', 'capox', 'xelox', 'ac-t', 'tchp', 'bep', 'cmf',
];

/** Studies that screen for a cancer not known to be there. */
const SCREENING_STUDIES: readonly string[] = ['colonoscopy', 'mammogram', 'mammography', 'ct', 'ldct', 'low-dose ct', 'chest ct', 'mri', 'breast mri', 'ultrasound', 'us', 'egd', 'endoscopy', 'skin exam', 'exam', 'psa'];

export const ASSERTION_TRIGGERS: readonly AssertionTrigger[] = [
  // "Nil cancer history", "nil known malignancy": the British "nil" is "no"; "no other known" (round 25) is one cue, or its "known"
  // would end the denial as a hedge's known background.
  ...pre('negated', 'nil', 'nil known', 'no other known'),
  ...pre('negated', 'no', 'not', 'without', 'w/o', 'no known', 'no evidence of', 'no evidence for', 'no sign of', 'no signs of', 'negative for', 'neg for', 'margins negative for', 'margin negative for', 'margins neg for', 'margin neg for', 'uninvolved by',
    'free of', 'denies', 'absence of', 'no radiographic evidence of', 'no definite', 'no suspicious', 'no new', 'no suspicion of', 'no suspicion for', 'no concern for',
    'rules out', 'never had', 'no e/o', 'no evidence', 'no family history of', 'no personal history of', 'no personal hx of', 'no family hx of', 'no fam hx of', 'no fh of', 'no hx of', 'no history of', 'nor',
    'never been diagnosed with', 'never diagnosed with', 'never been told of', 'never had any',
    // ConText's post-posed and list forms: "BCR-ABL1 negative, excluding CML"; "No other cancers" in a family list; "FH: none of cancers known".
    'excluding', 'excludes', 'none of',
    // A history reviewed and found empty of the condition ("Family history: noncontributory for malignancy").
    'noncontributory for', 'non-contributory for', 'non contributory for', 'unremarkable for', 'not significant for',
    // Round 24: the writer's finding that no sign points to the condition ("nothing suggests brain mets", "nothing to suggest recurrence").
    'nothing suggests', 'nothing to suggest', 'nothing suggesting', 'nothing concerning for', 'nothing suspicious for'),
  // "Family history of colon cancer: denied."
  ...both('negated', 'ruled out', 'denied'),
  // A record correction: the diagnosis was never the patient's ("H/o DLBCL - chart error", "breast ca listed in error").
  ...post('negated', 'chart error', 'charting error', 'entered in error', 'listed in error', 'documented in error', 'in error', 'erroneously listed'),
  // Round 22: an attending's correction names the kind of slip, after a quote and a clause of its own ("PMH lists "CML" - this
  // is a transcription error", d917), so it reaches back further than a plain post cue.
  ...['transcription error', 'dictation error', 'documentation error', 'typographical error', 'typing error', 'typo']
    .map((words): AssertionTrigger => ({ words, assertion: 'negated', direction: 'post', postScope: 6 })),
  ...post('negated', 'was not found', 'were not found', 'not found'),
  // A reading judged improbable, not excluded, is uncertain like "doubt X" and "X unlikely" (ANNOTATION.md, Settled):
  // "A pulmonary metastasis of urothelial origin is not favored."
  ...post('uncertain', 'not favored', 'not favoured'),
  ...post('negated', 'none', 'none seen', 'none identified', 'was ruled out', 'negative', 'not seen', 'not identified', 'not present', 'absent', 'excluded'),
  ...pre('history', 'history of', 'hx of', 'personal history of', 'past history of', 'remote history of', 'prior', 'previous', 'previously treated', 'treated for',
    // What has gone, as "resolved" after it says ("interval resolution of liver metastases").
    'resolution of', 'interval resolution of',
    // The precursor a disease grew out of is past ("myeloma, progressed from MGUS followed since 2017"): the disease now is the later one.
    'progressed from', 'evolved from', 'progression from', 'evolving from',
    // History leads that introduce a list ("PMH significant for HTN, DM and breast cancer").
    'history significant for', 'history notable for', 'history remarkable for', 'history includes', 'history including',
    'pmh significant for', 'pmh notable for', 'pmh remarkable for', 'pmh includes', 'pmh of', 'pmhx of', 'pmhx significant for', 'hx significant for', 'hx notable for',
    // A survivorship care plan's title names the treated cancer it is for ("SURVIVORSHIP CARE PLAN - Colorectal Cancer"; ANNOTATION.md).
    'survivorship care plan'),
  // Still free of a disease the patient had ("Remains free of lymphoma" in a survivorship plan): gone, not denied (I.C.2.d).
  ...pre('history', 'remains free of', 'remain free of', 'remained free of', 'has remained free of', 'continues to be free of', 'remains disease-free from'),
  // "No evidence of recurrence of her breast cancer": the cancer itself is gone (I.C.2.d), read both ways like the post cue it extends.
  ...both('history', 'no evidence of recurrence of', 'no recurrence of', 'without recurrence of', 'no sign of recurrence of', 'no signs of recurrence of',
    'without evidence of recurrence of', 'without signs of recurrence of', 'no evidence of local recurrence of', 'without signs of local recurrence of',
    'no local recurrence of'),
  ...post('history', 'without evidence of recurrence', 'w/o evidence of recurrence', 'without evidence of disease', 'without evidence of recurrent disease'),
  // A status closing a problem-list item ("Thyroid cancer (remote)", "Colon cancer - inactive", "Bladder cancer, h/o"); before a
  // diagnosis "h/o" and "remote" lead as usual ("h/o colon cancer"; "breast cancer, h/o colon cancer" keeps the breast cancer's own).
  ...both('history', 'h/o', 'remote').map((trigger) => ({ ...trigger, postScope: 2, postOnlyAtClauseEnd: true })),
  ...post('history', 'inactive', 'historical').map((trigger) => ({ ...trigger, postScope: 2, postOnlyAtClauseEnd: true })),
  // A past disease named as such right before its words ("old melanoma excision site", "her old cancer"); an age ("old") is no cue.
  ...pre('history', 'old').map((trigger) => ({ ...trigger, preAdjacent: true })),
  // "survivor of breast cancer", "a breast cancer survivor"; "Hodgkin lymphoma 2009, cured", "Cured Hodgkin lymphoma".
  ...both('history', 'survivor', 'cured'),
  // "#Prostate ca history - PSA undetectable": only right after the diagnosis ("colon cancer, social history" is no cue).
  { words: 'history', assertion: 'history', direction: 'post', postScope: 0 },
  // "Hx colon cancer" leads; "given melanoma hx" (not "… vs primary glioma" after it) and "Bladder cancer, hx (Z85.51)" close their own.
  { words: 'hx', assertion: 'history', direction: 'both', postScope: 0, postScopeClosingClause: 2 },
  ...post('history', 'survivorship', 'no evidence of recurrence', 'no evidence of recurrent disease', 'no sign of recurrence', 'no signs of recurrence', 'ned', 'no evidence of disease', 'in remission', 'excised', 'no recurrence', 'without recurrence', 'w/o recurrence',
    'completed treatment', 'completed therapy', 'completed chemotherapy', 'completed chemo', 'completed radiation', 'completed adjuvant',
    'treatment completed', 'therapy completed', 'tx done', 'treatment done', 'therapy done', 'chemo done', 'radiation done', 'xrt done', 'finished treatment', 'finished chemotherapy', 'finished chemo', 'off treatment', 'off therapy',
    'on surveillance', 'under surveillance', 'on ct surveillance', 'on imaging surveillance', 'on radiographic surveillance',
    // Guideline I.C.2.d: treatment over and no disease left ("s/p XRT completed 1/2025", "treated w/ definitive RT", "margins neg, no further tx").
    'currently ned', 'currently no evidence of disease', 'currently in remission',
    // A neoplasm that "resolved" existed and is gone: history, not NegEx's negation of a finding ("cervical ca 2005 (resolved)").
    'resolved',
    'yr post-treatment', 'yrs post-treatment', 'years post-treatment', 'year post-treatment', 'yr post treatment', 'years post treatment',
    'no further treatment', 'no further tx', 'no further therapy', 'in surveillance',
    // A tumour marker gone after treatment is no evidence of disease ("s/p XRT 2005, PSA undetectable"; "Tg undetectable").
    'psa undetectable', 'psa remains undetectable', 'psa has been undetectable', 'tg undetectable', 'thyroglobulin undetectable',
    // Surveillance studies negative after treatment are no evidence of disease, not a denial of the cancer
    // ("TURBT 2019 for urothelial carcinoma of bladder, cystoscopies negative x5 yrs").
    // (the plural studies with every result word are listed below).
    'cystoscopy negative',
    // Cervical screening normal since an excised CIN ("s/p LEEP, all Paps normal since", "normal Paps since").
    'all paps normal', 'normal paps', 'normal paps since', 'negative paps',
    // The patient's own words for no evidence of disease ("lumpectomy + radiation, 'all clear' per pt").
    'all clear'),
  // Free of the disease since its treatment ("Breast cancer 2010, disease-free since"), also opening the next sentence
  // ("… lumpectomy for breast cancer in 2014 followed by radiation; she has been disease free since").
  ...post('history', 'disease-free', 'disease free', 'cancer-free', 'cancer free').map((trigger) => ({ ...trigger, opensNext: true })),
  // The same in the words of notes ("surveillance imaging clean through 2025", "Surveillance CTs clear", "scopes clear since",
  // "colonoscopies normal"), also opening the next sentence ("… resected, no chemo. Colonoscopies normal since.").
  ...post('history', ...SURVEILLANCE_STUDIES.flatMap((study) => ['clean', 'clear', 'normal', 'negative', 'unremarkable'].flatMap((result) => [`${study} ${result}`, `surveillance ${study} ${result}`])))
    .map((trigger) => ({ ...trigger, opensNext: true })),
  // A benign or in-situ tumour taken out on a date ("fibroids - hysterectomy 1988", "Melanoma in situ, R upper arm, WLE 2022") is a past one.
  ...post('history', 'hysterectomy', 'myomectomy', 'excision', 'resection', 'resected', 'wle', 'wide local excision')
    .map((trigger) => ({ ...trigger, dated: true, nonInvasiveOnly: true })),
  // "I had the DCIS in my right breast back in 2019": a neoplasm the patient had on a date; only as the verb's own object.
  ...pre('history', 'i had the', 'i had a', 'i had', 'she had', 'he had').map((trigger) => ({ ...trigger, dated: true, preAdjacent: true })),
  ...pre('history', 'excision of', 'resection of', 'removal of').map((trigger) => ({ ...trigger, dated: true, nonInvasiveOnly: true })),
  // Treatments done only on skin lesions, which end them: "sBCC s/p ED&C 2022", "BCC L nasal ala s/p Mohs 2020 (clear margins)".
  ...post('history', 'mohs', 'ed&c', 'c&e').map((trigger) => ({ ...trigger, dated: true })),
  // A removal is past only when dated ("removed 2023 (EMR)", "skin cancer taken off my nose years ago"); a procedure report's "removed" is today's.
  ...post('history', 'removed', 'taken off', 'cut out').map((trigger) => ({ ...trigger, dated: true })),
  // A completed course on a date ("DLBCL s/p R-CHOP x6 2019", "Breast ca s/p chemo 2015", "(DCIS) s/p lumpectomy and RT 2012").
  ...post('history', ...['s/p', 'status post', 'and', '+'].flatMap((lead) => COMPLETED_COURSES.map((course) => `${lead} ${course}`)))
    .map((trigger) => ({ ...trigger, datedAfter: true })),
  // These also speak for the sentence before when they open the next one ("Breast cancer. Treated with lumpectomy in 2015.").
  ...post('history', 'completed', 'finished').map((trigger) => ({ ...trigger, opensNext: true })),
  // "Treated with" names a treatment, not its outcome: it ends a primary ("tonsil SCC treated with definitive CRT") but not a
  // metastasis, which a treated cancer keeps while its treatment goes on ("lung mets, treated w/ ipi/nivo then dabrafenib").
  ...post('history', 'treated with').map((trigger) => ({ ...trigger, opensNext: true, notForMetastasis: true })),
  ...post('history', 'treated w /').map((trigger) => ({ ...trigger, notForMetastasis: true })),
  ...next('history', 'treated by', 'resected in', 'excised in', 'discharged to survivorship'),
  // "Her breast cancer was treated 10 years ago", "thyroid cancer treated 2009": treatment in the past ("being treated" is an active cue).
  ...post('history', 'was treated', 'were treated'),
  { words: 'treated', assertion: 'history', direction: 'post', dated: true },
  ...pre('uncertain', 'suspicious for', 'suspicious of', 'concerning for', 'concern for', 'c/f', 'worrisome for', 'probably',
    'possibly', 'suspect',
    // ConText's probable existence and doubt: "he was told he might have lymphoma", "unsure whether she had melanoma".
    'might have', 'may have', 'could have', 'might be', 'could be', 'unsure whether', 'unsure if', 'not sure whether', 'not sure if',
    'unclear whether', 'unclear if', 'uncertain whether', 'uncertain if', 'whether this represents', 'whether this is', 'whether it is', 'whether this reflects',
    // A diagnosis still to be proven ("pending pathology to confirm melanoma").
    'to confirm',
    // Radiology's open readings ("findings raise the possibility of lymphoma", "cannot differentiate lymphoma from infection").
    'possibility of', 'cannot differentiate', 'cannot distinguish', 'indeterminate for', 'presumptive', 'presumptive diagnosis of',
    // The patient's own fear that the disease is there ("worried the leukemia is back"); "worried about" a risk is hypothetical.
    'worried', 'worried that', 'concerned that', 'questionable', 'question of', 'cannot exclude', 'cannot rule out', 'can not exclude',
    'rule out', 'to exclude', 'exclude', 'differential includes', 'differential diagnosis includes', 'ddx', 'ddx includes', 'differential', 'differential of', 'suggestive of', 'compatible with',
    'may represent', 'could represent', 'may be', 'favor', 'equivocal for',
    // A reading weighed over another ("the profile … favors an ovarian primary", "imaging favoring lymphoma").
    'favors', 'favour', 'favours', 'favoring', 'favouring',
    // What an image shows of a diagnosis is no tissue proof ("washout characteristics of adenoma").
    'characteristics of', 'imaging characteristics of', 'imaging features of',
    // Radiology's other readings short of a diagnosis ("could reflect lymphoma").
    'could reflect', 'may reflect', 'might reflect'),
  // A judgement written after the diagnosis it weighs ("Lymphoma likely.", "Lung cancer is probable."), read only right
  // before the clause ends: "lung cancer, likely to respond to osimertinib" weighs the response, not the cancer.
  ...both('uncertain', 'likely', 'most likely', 'more likely', 'probable', 'is likely', 'is most likely', 'is probable', 'are likely', 'seems likely')
    .map((trigger) => ({ ...trigger, postScope: 0, postOnlyAtClauseEnd: true })),
  // "Melanoma is in the differential", "lymphoma remains on the ddx".
  ...post('uncertain', 'in the differential', 'on the differential', 'in the ddx', 'on the ddx').map((trigger) => ({ ...trigger, postScope: 2 })),
  // A diagnosis weighed, not made (Guideline IV.H): "primary lung cancer is a consideration", "lymphoma remains a consideration".
  ...post('uncertain', 'is a consideration', 'remains a consideration', 'is also a consideration', 'also a consideration', 'are considerations',
    'is a possibility', 'remains a possibility', 'remain a possibility', 'is also a possibility', 'also a possibility', 'are possibilities').map((trigger) => ({ ...trigger, postScope: 1 })),
  // A clinician's judgement against a diagnosis leaves it open, not excluded (ANNOTATION.md Settled: "doubt X", "X unlikely",
  // "less likely X" are uncertain; ConText's probable negated existence): "reactive node; doubt malignancy", "unlikely to be lymphoma"; "the tumor is favored to be X" hedges X, not the tumor; "high suspicion for X".
  ...pre('uncertain', 'doubt', 'doubtful for', 'unlikely to be', 'unlikely to represent', 'favored to be', 'favoured to be', 'favored to represent', 'less likely :', 'suspicion for', 'suspicion of', 'high suspicion for', 'low suspicion for'),
  ...post('uncertain', 'unlikely', 'considered unlikely', 'felt unlikely', 'thought unlikely', 'deemed unlikely'),
  // A chance that it is the disease, a read that cannot tell ("can't tell on this scan, small chance it is a kidney cancer").
  ...pre('uncertain', 'small chance', 'slight chance', 'some chance', 'chance it is', 'chance that it is', "chance it's", "can't tell", 'cannot tell', "can't rule out", "can't exclude", "can't r/o"),
  ...post('negated', 'not suspected', 'is not suspected', 'are not suspected'), // A suspicion denied (ConText), not the hedge "suspected".
  ...post('uncertain', 'not excluded', 'cannot be excluded', 'cannot be ruled out', 'not ruled out', 'is possible', 'considered', 'less likely', 'felt less likely', 'considered less likely', 'considered much less likely', 'is considered less likely', 'is considered much less likely'),
  // The same with an adverb, which must not leave "excluded" to read as a denial ("adrenal metastasis cannot be entirely excluded").
  ...post('uncertain', ...['entirely', 'completely', 'definitively', 'fully', 'definitely'].flatMap((adverb) =>
    [`cannot be ${adverb} excluded`, `can not be ${adverb} excluded`, `not ${adverb} excluded`, `cannot be ${adverb} ruled out`, `not ${adverb} ruled out`])),
  ...pre('uncertain', ...['entirely', 'completely', 'definitively', 'fully'].flatMap((adverb) => [`cannot ${adverb} exclude`, `cannot ${adverb} rule out`])),
  // A finding short of a diagnosis ("concerning for, but not diagnostic of, lymphoma"; "atypical cells, not definitive for carcinoma").
  ...pre('uncertain', 'not diagnostic of', 'not diagnostic for', 'not definitive for', 'not conclusive for', 'nondiagnostic for'),
  ...both('uncertain', 'suspected', 'possible', 'favored'),
  // "presumed metastatic disease"; closing its clause past the qualifiers set off after the diagnosis ("Multiple myeloma,
  // IgG kappa, presumed (CRAB …) - BM bx pending").
  { words: 'presumed', assertion: 'uncertain', direction: 'both', postScope: 5, postOnlyAtClauseEnd: true },
  // A question mark after a qualifier set off by a comma asks about the qualifier ("Relapsed DLBCL, primary refractory? - no").
  { words: '?', assertion: 'uncertain', direction: 'both', postStopsAtComma: true },
  ...between('versus', 'vs', 'vs.'),
  // A problem-list item closed by "- r/o" is the diagnosis to rule out; "r/o X" hedges what follows.
  { words: 'r/o', assertion: 'uncertain', direction: 'both', postOnlyAtClauseEnd: true },
  // "Metastatic adenocarcinoma, consistent with colorectal primary": the hedge is about what follows it.
  // In a tissue or cytology result it is the pathologist's diagnosis (`tissueResult.ts`).
  // "In keeping with" says the same ("most in keeping with metastatic disease" on an image; "Myeloid blast population, in keeping
  // with AML" on flow cytometry, d827).
  ...pre('uncertain', 'c/w', 'consistent with', 'consistent w /', 'most c/w', 'most consistent with', 'in keeping with', 'most in keeping with')
    .map((trigger) => ({ ...trigger, tissueConclusion: true })),
  // The concern named after what it fears, right after it ("olaparib stopped for MDS concern", "lymphoma concern").
  { words: 'concern', assertion: 'uncertain', direction: 'post', postScope: 0 },
  // "colon cancer screening": only the diagnosis right before ("H/o CIN 3 - cervical cancer screening" screens for the cancer, not the CIN).
  ...post('hypothetical', 'screening', 'screen', 'risk').map((trigger) => ({ ...trigger, postScope: 1 })),
  // "nicotinamide for NMSC chemoprevention": what is prevented is not there (right after the diagnosis only).
  ...post('hypothetical', 'chemoprevention', 'prevention', 'prophylaxis').map((trigger) => ({ ...trigger, postScope: 1 })),
  // "on q6 mo HCC surveillance" is a screening (right after the diagnosis only: "Breast cancer, surveillance
  // mammogram" follows a known cancer); a history cue wins ("h/o colon cancer surveillance colonoscopy").
  { words: 'surveillance', assertion: 'hypothetical', direction: 'post', postScope: 0, yieldsToHistory: true },
  // "Eval for thyroid malignancy." opening an indication is the study's rule-out, as "evaluate for" is.
  ...pre('hypothetical', 'evaluate for', 'eval for').map((trigger) => ({ ...trigger, ruleOutWhenOpening: true })),
  // A screening or surveillance study named before what it looks for ("screening colonoscopy for colon cancer", "surveillance CT for recurrence").
  ...pre('hypothetical', ...SCREENING_STUDIES.flatMap((study) => [`screening ${study} for`, `surveillance ${study} for`])),
  ...pre('hypothetical', 'if', 'should', 'in case of', 'in the event of', 'return if', 'return for', 'call for', 'call if', 'come back for', 'to evaluate for', 'to assess for',
    'to look for', 'look for', 'screening for', 'at risk for', 'workup for', 'work-up for', 'surveillance for', 'worried about', 'worry about', 'concerned about',
    'to evaluate', 'to assess', 'evaluation for', 'assess for', 'assessment for', 'reassess for', 'to check for', 'high risk for', 'high risk of', 'increased risk of',
    'increased risk for', 'elevated risk of', 'lifetime risk of', 'prophylactic', 'prevention of', 'to prevent', 'upgrade risk to', 'risk of upgrade to', 'upgrade rate to',
    // What to watch for is not yet there ("Monitor for progression to AML", "these can be signs of a recurrence of colon cancer").
    'screen for', 'to screen for',
    // A plan conditional on a finding ("if the node grows … would then need w/u to exclude lymphoma").
    'would need', 'would then need', 'would require', 'would then require', 'would warrant', 'would prompt',
    // The risks a consent lists ("Risks including infection, infertility and secondary leukemia were discussed").
    'risks including', 'risks include', 'risks included', 'risks :', 'risks of', 'risks reviewed including', 'risks discussed including', 'risks reviewed :', 'risks discussed :',
    'monitor for', 'monitoring for', 'watch for', 'low risk of', 'low risk for', 'intermediate risk of', 'intermediate risk for', 'signs of a recurrence of', 'signs of recurrence of', 'symptoms of recurrence of',
    // What is taught to watch for, and the chance of a disease ("signs and symptoms of recurrent melanoma", "chance of recurrence of").
    'signs and symptoms of', 'signs / symptoms of', 'warning signs of', 'chance of', 'likelihood of', 'probability of',
    // A gene's cancer risks listed ("Cancer risks associated with MLH1: colorectal cancer up to 50%, endometrial cancer …").
    'cancer risks', 'lifetime risks', 'risks associated with', 'associated risks'),
  ...OUTLOOK_TRIGGERS,
  ...COURSE_STATUS_TRIGGERS,
  ...MARKER_STATUS_TRIGGERS,
  ...RESTRICTION_TRIGGERS,
  ...REPORT_LANGUAGE_TRIGGERS, ...WATCHED_DISEASE_TRIGGERS, ...WATCHED_LESION_TRIGGERS,
  // "risk of breast cancer" before it, and right after it ("ovarian cancer risk of 40%"), as "risk" itself.
  ...both('hypothetical', 'risk of', 'risk for').map((trigger) => ({ ...trigger, postScope: 0 })),
  ...both('family', 'mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'grandmother', 'grandfather', 'cousin', 'daughter', 'son', 'sibling',
    'mom', 'dad', 'maternal', 'paternal', 'relative', 'relatives', 'family member', 'family members', 'family history of', 'family hx of', 'fam hx of', 'fh of', 'fhx of', 'fhx', 'fam hx', 'family hx', 'family h/o', 'fam h/o', 'family history'),
  // "FH" leads a family history ("FH: breast ca"); after a diagnosis it is the favourable histology of a Wilms tumour ("Wilms tumor, L kidney, FH, stage II").
  ...pre('family', 'fh'),
  // Plurals, half-siblings, nieces and nephews, and the grandparent abbreviations of family histories ("MGM - breast ca at 60s").
  ...both('family', 'mothers', 'sisters', 'brothers', 'aunts', 'uncles', 'cousins', 'daughters', 'sons', 'siblings', 'parent', 'parents', 'grandparent',
    'grandparents', 'niece', 'nephew', 'nieces', 'nephews', 'grandson', 'granddaughter', 'half-brother', 'half-sister', 'half brother', 'half sister',
    'great-aunt', 'great aunt', 'great-uncle', 'great uncle', 'twin', 'mgm', 'mgf', 'pgm', 'pgf',
    // A child's or parent's own words for a grandparent ("is this the same as the cancer Grandpa had").
    'grandpa', 'grandma', 'granddad', 'grandad', 'granny',
    // First- and second-degree relatives as genetics criteria abbreviate them ("FDR w/ ovarian ca", "2 SDRs with breast ca").
    'fdr', 'fdrs', 'sdr', 'sdrs'),
  // Possessives name whose disease it is ("given mother's endometrial cancer at 50", "her sister's breast cancer").
  ...both('family', ...['mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'grandmother', 'grandfather', 'cousin', 'daughter', 'son', 'mom', 'dad']
    .map((relative) => `${relative}'s`)),
  // The family named after the diagnoses ("given ovarian + breast ca in family", "colon cancer runs in the family").
  ...post('family', 'in family', 'in the family', 'in her family', 'in his family', 'in their family', 'runs in the family', 'in relatives',
    'in first-degree relatives', 'in 1st degree relatives', 'in 1st-degree relatives'),
  ...both('active', 'currently', 'active', 'recurrence', 'recurrent', 'relapse', 'relapsed', 'progression', 'progressing', 'progressed', 'now with', 'metastatic'),
  ...both('active', 'receiving', 'undergoing', 'on adjuvant',
    // A treatment taken now or continued (Guideline I.C.2.d: treatment still directed at the cancer): "NED on tamoxifen", "NED, continue AI".
    ...ONGOING_TREATMENTS.flatMap((treatment) => ['on', 'on an', 'continuing', 'tolerating'].map((lead) => `${lead} ${treatment}`)),
  ).map((trigger) => ({ ...trigger, treatment: true })),
  // "Continue AI" may also open the sentence after the diagnosis it treats ("Breast cancer, NED. Continue anastrozole.").
  ...both('active', ...ONGOING_TREATMENTS.flatMap((treatment) => ['continue', 'continues', 'cont'].map((lead) => `${lead} ${treatment}`)))
    .map((trigger) => ({ ...trigger, opensNext: true, treatment: true })),
  // Treatment still going on: no history yet (Guideline I.C.2.d): "Now C3 of adjuvant TMZ", "being treated with carboplatin"; a
  // neoadjuvant one is given to a cancer still in place, before its operation ("on neoadjuvant chemoRT (wk 4)").
  ...both('active', 'of adjuvant', 'on maintenance', 'on concurrent', 'on chemoradiation', 'on chemoradiotherapy', 'being treated', 'on neoadjuvant', 'of neoadjuvant', 'on chemort', 'on crt').map((trigger) => ({ ...trigger, treatment: true })),
  ...both('active',
    // "on FOLFOX (cycle 8 completed)", "on AS with urology" (active surveillance of a cancer left in place).
    'concurrent chemoradiation', 'concurrent chemoradiotherapy', 'cycle', 'active surveillance', 'on as', 'watchful waiting', 'watch and wait', 'watch & wait',
    // Treatment planned ("will be treated with SBRT") is no history.
    'be treated',
    // A treatment about to begin, and a diagnosis just made ("lung ca dx 10/2026 - starting chemo next wk", "newly diagnosed").
    ...['starting', 'to start', 'will start', 'plan to start', 'planned to start', 'scheduled to start', 'to begin', 'will begin']
      .flatMap((lead) => ['chemo', 'chemotherapy', 'radiation', 'treatment', 'therapy', 'immunotherapy'].map((treatment) => `${lead} ${treatment}`)),
    'newly diagnosed', 'newly dx', 'new diagnosis of', 'recently diagnosed',
    // Care that stops treating a disease still there ("no further treatment, transition to hospice") is no history.
    'hospice', 'comfort care', 'comfort measures', 'best supportive care',
    // Liver-directed treatment bridges or controls a tumour left in its organ, not eradicate it ("HCC … treated with TACE x2").
    'tace', 'chemoembolization', 'chemo embolization', 'radioembolization', 'y-90', 'y90',
  ),
  // Treatment ended by toxicity or by the patient's choice, not by eradication, leaves a malignancy there ("completed 2
  // cycles, then stopped for poor tolerance"); an excised DCIS whose tamoxifen stopped early is still a past one.
  ...both('active', 'stopped for', 'stopped due to', 'stopped because of', 'discontinued for', 'discontinued due to', 'discontinued because of',
    'does not want further', 'declines further', 'declined further', 'refuses further', 'refused further').map((trigger) => ({ ...trigger, invasiveOnly: true })),
  // A progression weighed presupposes the disease ("likely progression of liver metastases vs biliary obstruction"): the hedge
  // is about the progression, and the disease progressing is current.
  ...both('active', ...PROGRESSION_HEDGE_PHRASES),
  // Part of a course is treatment going on ("completed 2 of 6 cycles AC"), not "completed" treatment.
  ...both('active', ...Array.from({ length: 12 }, (_, index) => `completed ${index + 1} of`)),
  // A Past Medical History item that points back to the history of present illness describes the current disease;
  // the pointer is that item's ("PMH: L breast cancer as above, DLBCL 2011 (cured)": the lymphoma is another item).
  ...both('active', ...REFERENCE_CUES).map((trigger) => ({ ...trigger, ownItem: true })),
  // A removal denied leaves the neoplasm there, even in a history list ("OTHER HX: HTN, lipoma R shoulder (never removed)"):
  // the status of its own item only.
  ...both('active', 'never removed', 'not removed', 'never excised', 'not excised', 'never resected').map((trigger) => ({ ...trigger, ownItem: true })),
  // A status in parentheses after one item of a list ("PMH: AML (current), HTN, cervical ca 2005 (resolved)").
  ...post('active', 'current', 'ongoing', 'on treatment', 'untreated').map((trigger) => ({ ...trigger, parenthesisedOnly: true })),
  // ConText's "other" experiencer: someone who is not a blood relative (no Z80 family history, not the patient's own disease).
  ...both('other', 'husband', 'wife', 'spouse', 'partner', 'boyfriend', 'girlfriend', 'friend', 'roommate', 'coworker', 'co-worker', 'neighbor',
    'neighbour', 'stepfather', 'stepmother', 'step-father', 'step-mother', 'father-in-law', 'mother-in-law', 'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'in-law', 'in-laws',
    "husband's", "wife's", "spouse's", "partner's", "friend's", 'stepbrother', 'stepsister', 'step-brother', 'step-sister', 'stepson', 'stepdaughter', 'step-son', 'step-daughter', 'ex-husband', 'ex-wife', 'adoptive mother', 'adoptive father'),
  // EHR form boxes (checkboxTriggers.ts): a checked yes is history, a checked no a denial, an unchecked box nothing.
  ...post('history', ...CHECKED_YES).map((trigger) => ({ ...trigger, postScope: BOX_REACH })),
  ...post('negated', ...CHECKED_NO).map((trigger) => ({ ...trigger, postScope: BOX_REACH })),
  ...pre('negated', ...CHECKLIST_NO),
  ...both('pseudo', ...UNCHECKED_BOXES),
  ...both('pseudo', 'since prior', 'compared to prior', 'compared with prior', 'than prior', 'prior study', 'prior exam', 'prior imaging', 'not only', 'no change', 'no increase', 'no significant change', 'not certain whether', 'gram negative', 'no further',
    'without difficulty', 'tumor board',
    // "stage IV FH Wilms tumor": "FH" written before a Wilms tumour is its favourable histology, not a family history.
    'fh wilms', 'fh wt', 'fhwt',
    // An exposure in the past is the cause a disease followed, not the disease ('Given prior exposure to doxorubicin, the leukemia …').
    'prior exposure', 'previous exposure', 'prior exposures', 'previous exposures',
    // Guidelines name the follow-up to come, not a phase reached ('surveillance after treatment of his rectal cancer per survivorship guidelines').
    'survivorship guidelines', 'survivorship guideline',
    // What is evaluated is the known disease's course, not the disease ("Eval for progression of intracranial mets").
    'eval for progression', 'evaluate for progression',
    // An imaging technique ("MRI pelvis with and without contrast"), not a denial of what the study shows.
    'with and without', 'without and with', 'with or without', 'with & without', 'w / and w/o',
    // A relapse denied is no active cue ("ABVD, completed 2011. No relapse."), nor a history of its own: a leukaemia with no
    // relapse is still present (C92.00), so only the course's own completion makes a lymphoma history.
    'not cured', 'not considered cured', 'not yet cured', 'no relapse', 'without relapse', 'no evidence of relapse', 'no sign of relapse', 'no signs of relapse',
    // The alternative a reading is weighed against is not affirmed ("favor second primary over recurrence of the prior SCC").
    'over recurrence', 'over relapse', 'over progression', 'rather than recurrence', 'rather than relapse', 'rather than progression',
    // When something happened within a course is no course going on ("completed adjuvant CAPOX (oxali stopped after cycle 6)").
    'after cycle', 'after cycles',
    // No current problem is no active cue ("Hx prostate cancer - in remission, no active issues").
    'no active issues', 'no active issue', 'no active problems', 'no active concerns',
    // Risk groups of a present cancer ("Prostate cancer, low risk"), not a risk of getting one.
    'low risk', 'low-risk', 'intermediate risk', 'intermediate-risk', 'high risk', 'high-risk', 'very low risk', 'favorable risk', 'unfavorable risk',
    // The specimen removed at this encounter ("FOLLICULAR ADENOMA, COMPLETELY EXCISED"; "was excised today") is present, not history.
    'completely excised', 'completely removed', 'excised today', 'removed today',
    // A completed course ("completed 5 years of adjuvant tamoxifen") is no treatment going on.
    'years of adjuvant', 'yrs of adjuvant', 'months of adjuvant', 'mos of adjuvant', 'cycles of adjuvant',
    // What was completed is a work-up, not the treatment ("Colon cancer, completed staging CT").
    'no further treatment options', 'no further treatment option', 'no further tx options',
    // A treatment denied negates the treatment, not the disease it would treat ("no chemotherapy is needed for the ovarian
    // primary", "no adjuvant therapy for the stage I seminoma").
    'no chemo', 'no chemotherapy', 'no adjuvant', 'no adjuvant therapy', 'no adjuvant chemotherapy', 'no systemic therapy', 'no radiation',
    'no radiotherapy', 'no rt', 'no xrt', 'no surgery', 'no treatment', 'no therapy', 'no intervention', 'not a candidate for',
    // A test not done negates the test, not the disease ("lung nodules, bx not done, likely lung mets").
    'not done', 'not biopsied', 'not yet biopsied', 'not sampled', 'not performed',
    'completed staging', 'completed workup', 'completed work-up', 'completed work up', 'completed evaluation', 'completed imaging', 'completed biopsy',
    'clinically node negative', 'clinically node-negative', 'node-negative', 'margins negative', 'margin negative', 'if needed', 'as needed', 'on as needed',
    // A plan or risk that no longer applies negates the plan, not the disease it names ("ovarian cancer risk no longer relevant").
    'no longer relevant', 'no longer applicable', 'no longer indicated', 'no longer needed', 'no longer necessary', 'no longer on treatment',
    'no longer on therapy', 'no longer on chemo', 'no longer on chemotherapy', 'no longer receiving', 'no longer followed', 'no longer in',
    // A skin surgery declined, planned or only referred for has not ended the lesion ("pt declined Mohs", "referred for Mohs 1/2027").
    'declined mohs', 'declines mohs', 'refused mohs', 'for mohs', 'mohs scheduled', 'mohs planned', 'mohs referral', 'mohs consult', 'mohs pending',
    'for ed&c', 'ed&c today', 'mohs today',
    // An evaluation for a treatment of a known disease ("Reason: transplant evaluation for primary myelofibrosis") is not a work-up for it.
    'transplant evaluation for', 'transplant eval for', 'transplant evaluation of', 'transplant consult for', 'transplant consultation for',
    // An outcome statistic, not the patient's status ("5-year disease-free survival 85%").
    'disease-free survival', 'disease free survival', 'cancer-free survival',
    'history and physical', 'h&p', 'pt with', 'patient with',
    // A remission denied is no history ("Multiple myeloma not having achieved remission", the Tabular's title).
    'not in remission', 'not having achieved remission', 'never achieved remission', 'failed to achieve remission'),
];

/** The cues of one completed course ("s/p RT 2020"): another treatment given now (ADT in the Medications list) keeps the cancer current. */
export const COMPLETED_COURSE_CUES: ReadonlySet<string> = new Set(ASSERTION_TRIGGERS.filter((trigger) => trigger.datedAfter === true).map((trigger) => trigger.words));

/** The history cues that name a treatment, not its outcome ("treated with"): a metastasis they reach stays current. */
export const TREATMENT_NAMING_CUES: ReadonlySet<string> = new Set(ASSERTION_TRIGGERS.filter((trigger) => trigger.notForMetastasis === true).map((trigger) => trigger.words));
