import { type Span, spanOf } from '../spans';
import type { NarrativeContext } from './context';
import type { Assertion, DocumentedMention, NarrativeReading, NoteSection } from './model';
import { assertionOf, indexTriggers } from './assertion';
import type { AssertionIndex, AssertionResult } from './assertion';
import { withPointersResolved } from './asAbove';
import { codeMention } from './codeMention';
import { withCoordinatedSitesJoined } from './coordinatedSites';
import { withTransplantedLiverHistory } from './transplantedLiver';
import { withoutClassificationGlosses } from './classificationGloss';
import { withWrittenCodeTitles } from './writtenCodeTitle';
import { withUnreadCodeTitles } from './unreadCodeTitles';
import { withSkinLesionTitles } from './skinLesionTitle';
import { withoutSourcesOfHistory } from './historySource';
import { answeredNo, criterionAt, deniedCriterionReading, findCriterionCells } from './eligibility';
import { findQuotedPolicies, POLICY_HISTORY } from './quotedPolicy';
import { findQueryOptions, OFFERED_HISTORY, queryOptionReading, uncheckedCriterionReading } from './queryOptions';
import { isColorectal, withEncounterSites } from './encounterSites';
import { withLabelledCervixParts } from './cervixPart';
import { withAdrenocorticalAbbreviation } from './adrenocorticalAbbreviation';
import { withBehaviourWords } from './behaviourWord';
import { findMentions } from './mentions';
import { withProvenCancers } from './provenLesion';
import { withGradedRestatements } from './gradedRestatement';
import { withRemissionOfDenied } from './deniedRemission';
import { withEstablishedPrimaries } from './establishedPrimary';
import { withSettledConclusions } from './settledConclusion';
import { reportedByBiopsyLabel } from './biopsyLabel';
import type { SpreadSettlement } from './settledConclusion';
import { calledNew, measuredLevelBefore, provenInItsPhrase, spreadTreatedInItsSentence, treatedInItsSentence } from './treatedLesion';
import { withScreeningItemLabels } from './screeningItems';
import { withScreeningListCarried } from './screeningList';
import { withNoteRestatements } from './noteRestatements';
import { withRestatedSkinCancers } from './skinCancerSite';
import { withScoreItemsDropped } from './scoreItems';
import { withCuredNote } from './curedNote';
import { withStatedOutcomes } from './statedOutcome';
import { withStatedRemission } from './statedRemission';
import { withResidualDisease } from './residualDisease';
import { withInSituHistories } from './inSituHistory';
import { DOCUMENTED_PASSES } from './documentedPasses';
import { withMyelomaPlasmacytomas } from './myelomaPlasmacytoma';
import { TREATMENT_NAMING_CUES } from './assertionTriggers';
import { SectionBlocks } from './sectionBlocks';
import { FamilyStatements } from './familyStatement';
import { deniedRecurrence } from './deniedRecurrence';
import { historyIfSummarised, sentenceSaysCured, statusless, withCarriedStatus, withEstablishedDiagnoses, withNoteStatus, withOngoingTreatment, withProblemListHistory, withRestatedHistories, withTreatedMetastases } from './noteStatus';
import { completedSummaries } from './treatmentSummary';
import { currentIfOperatedOn } from './operativeDiagnosis';
import { categoriesTreatedByMedications } from './medicationList';
import { findSections, sectionAt } from './sections';
import { FieldBoundaries } from './inlineFields';
import type { InlineField } from './inlineFields';
import { isStudyLabel } from './studyLabels';
import { findPastRows, pastRowAt } from './statusColumn';
import { findSites } from './siteFinder';
import { sitesByEnd } from './siteMatch';
import { findSpecimenSites } from './specimen';
import { patientSex } from './patientSex';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';
import { tokenize } from './tokens';
import { ZERO_COUNT_CUES } from './reportLanguageTriggers';
import { urothelialAsWritten } from './urothelialSite';
import { withForeseenUntyped } from './foreseenUntyped';
import { namesResidual } from './residualOwnCancer';
import { namesRecurrence, ownCancerOrgans, withWrittenPart } from './recurrenceOwnCancer';
import { withUnsitedColorectal } from './colorectalUnsited';

/**
 * The narrative reader's entry point: reads one encounter of a clinical note (`span` of `text`) and
 * returns its sections and the neoplasm diagnoses documented in words. Pure and linear in the length
 * of the span; see README.md in this folder for what it understands and what it does not.
 */
export function readNarrative(text: string, span: Span, context: NarrativeContext): NarrativeReading {
  const inlineFields: InlineField[] = [];
  const sections = findSections(text, span, context.headers, inlineFields);
  const tokens = tokensOutsideHeaders(text, span, sections, context);
  const vocabulary = context.vocabulary;
  const sites = findSites(tokens, { sites: vocabulary.sites, nodeWords: vocabulary.nodeWords, nodeRegions: vocabulary.nodeRegions, siteRows: context.siteRows }, context.siteStarts);
  const siteEndingAt = sitesByEnd(sites, tokens.length, context.siteEnds);
  const blocks = new SectionBlocks(text);
  const family = new FamilyStatements(tokens, sections, blocks);
  const found = withNoteRestatements(tokens, withLabelledCervixParts(tokens, sites, withEncounterSites(tokens, withBehaviourWords(tokens, withAdrenocorticalAbbreviation(tokens, findMentions(tokens, sites, siteEndingAt, vocabulary, findSpecimenSites(tokens, sites, sections), family))), context.table, context.memo, sites)), context, family);
  const subjects = firstMentionPerSentence(tokens, found);
  // A remission stated on its own is the note's one remitting disease's (statedRemission.ts); the mentions keep their places.
  const raw = withStatedRemission(tokens, found, subjects);
  const triggers = indexTriggers(tokens, vocabulary.triggers, vocabulary.terminators, FieldBoundaries.of(tokens, inlineFields));
  const firstHitOf = firstHitPerSentence(tokens, triggers);
  // Pushed, not mapped: an optimised `map` builds an array of another map than the interpreted one, which deoptimised the section look-up.
  const starts: number[] = [];
  for (const section of sections) starts.push(section.span.offset);
  const sex = patientSex(text, span.offset, span.offset + span.length);
  const mentions: DocumentedMention[] = [];
  const anchors: number[] = [];
  // Where each mention coded at the colorectal row's own path starts, for the last pass over the coded mentions.
  const colorectalStarts = new Set<number>();
  // Where each mention whose untyped word the note's type restated (noteTypes.ts) starts.
  const typedStarts = new Set<number>();
  const criteria = findCriterionCells(text, span.offset, span.offset + span.length);
  const policies = findQuotedPolicies(text, span.offset, span.offset + span.length);
  const options = findQueryOptions(text, sections);
  const pastRows = findPastRows(text, span.offset, span.offset + span.length);
  const summaries = completedSummaries(text, tokens, triggers);
  const calledCured = (mention: RawMention): boolean => sentenceSaysCured(tokens, triggers, firstHitOf[tokens[mention.start]?.sentence ?? 0] ?? triggers.hits.length, mention.start);
  const curedInSentence = (mention: RawMention): boolean => sentenceSaysCured(tokens, triggers, firstHitOf[tokens[mention.start]?.sentence ?? 0] ?? triggers.hits.length, mention.start, true);
  const told = raw.map((mention): AssertionResult => {
    const first = tokens[mention.start];
    if (first === undefined) return { assertion: 'present' };
    const criterion = criterionAt(criteria, first.start);
    if (criterion !== undefined && !answeredNo(criterion)) return { assertion: 'hypothetical', evidence: criterion };
    const kind = triggers.fields.kindAt(first.start) ?? blocks.kindAt(sectionAt(sections, starts, first.start), first.start);
    const read = deniedRecurrence(tokens, triggers, mention) ?? historyIfSummarised(tokens, mention, assertionOf(tokens, triggers, firstHitOf[first.sentence] ?? triggers.hits.length, mention, kind, subjects), summaries);
    // A criterion the trial's table answers "N" denies what its words would say of the patient (eligibility.ts).
    if (criterion !== undefined) return deniedCriterionReading(criterion, read);
    // A policy quoted in the note speaks of patients in general; the history it names keeps its history code (quotedPolicy.ts).
    const policy = criterionAt(policies, first.start);
    if (policy !== undefined) return { assertion: 'hypothetical', evidence: read.assertion === 'history' ? { ...policy, trigger: POLICY_HISTORY } : policy };
    // A problem table's row marked resolved names a past condition where its own words state none (statusColumn.ts).
    const pastRow = read.assertion === 'present' && read.evidence === undefined ? pastRowAt(pastRows, first.start) : undefined;
    // An unchecked option of a documentation query offers the diagnosis its words state (queryOptions.ts).
    const option = queryOptionReading(text, options, first.start, read);
    // An unchecked item of a checklist whose met items are checked answers its line no (queryOptions.ts).
    const unchecked = option === undefined ? uncheckedCriterionReading(text, first.start, read) : undefined;
    if (unchecked !== undefined) return unchecked;
    const assertion: AssertionResult = option ?? (pastRow === undefined ? read : { assertion: 'history', evidence: pastRow });
    // A remission is a code of the current disease, not history; a relative's remission stays the relative's ("Brother - CML, in remission").
    // A remission its own sentence calls cured is history (ANNOTATION.md, "Remission and cure in one note").
    return mention.remission === true && assertion.assertion === 'history' && !curedInSentence(mention) ? { assertion: 'present' } : assertion;
  });
  // Each mention coded as if present once: its category serves the note-level rules, and the coding itself a present mention.
  const presentCodings = new Map<RawMention, ReturnType<typeof codeMention>>();
  const presentCoding = (mention: RawMention): ReturnType<typeof codeMention> => {
    // One look-up for a mention coded before (a coding is an object or undefined, so `has` settles only a miss).
    const known = presentCodings.get(mention);
    if (known !== undefined || presentCodings.has(mention)) return known;
    const coded = codeMention(context, mention, 'present', sex);
    presentCodings.set(mention, coded);
    return coded;
  };
  const categoryOf = (mention: RawMention): string | undefined => presentCoding(mention)?.code?.slice(0, 3);
  const codeOf = (mention: RawMention): string | undefined => presentCoding(mention)?.code ?? undefined;
  // A cancer whose code needs a side the text lacks ("ovarian cancer") still has its category, from its candidates.
  const anyCategory = (mention: RawMention): string | undefined => anyCategoryOf(presentCoding(mention)) || undefined;
  const statused = withRestatedHistories(tokens, raw, withTreatedMetastases(raw, withStatedOutcomes(text, tokens, triggers, subjects, raw, withCuredNote(tokens, triggers, subjects, raw,
    withNoteStatus(raw, withPointersResolved(tokens, raw, told, categoryOf), categoryOf, calledCured, tokens), anyCategory), anyCategory, codeOf)));
  const medicated = categoriesTreatedByMedications(tokens, sections);
  const onMedication = (mention: RawMention): boolean => medicated.size > 0 && medicated.has(anyCategoryOf(presentCoding(mention)));
  // A pathology report or a procedure note's addendum, the note's own tissue, or a treatment the note reports carried out on the
  // lesion (treatedLesion.ts): either settles an earlier "c/w" (settledConclusion.ts).
  const inTissueReport = (mention: RawMention): boolean => {
    const section = sectionAt(sections, starts, tokens[mention.start]?.start ?? 0);
    return section?.kind === 'pathology' || section?.name === 'Addendum' || treatedInItsSentence(tokens, mention) || provenInItsPhrase(tokens, mention) || reportedByBiopsyLabel(tokens, mention.start);
  };
  const spreadSettlement: SpreadSettlement = {
    treated: (mention, assertion) => !calledNew(tokens, mention) && spreadTreatedInItsSentence(tokens, mention, assertion.treated === true || medicated.size > 0), calledNew: (mention) => calledNew(tokens, mention),
    measured: (mention) => measuredLevelBefore(tokens, mention),
  };
  const noted = withResidualDisease(tokens, raw, withSettledConclusions(raw, withEstablishedPrimaries(tokens, raw, withEstablishedDiagnoses(raw, withOngoingTreatment(raw, statused, codeOf, onMedication), codeOf), codeOf), codeOf, inTissueReport, spreadSettlement), codeOf);
  // A surveillance list's item labelled by the cancer it looks for (screeningItems.ts), and a screening's list of items (screeningList.ts).
  const screened = withScreeningListCarried(tokens, raw, withScreeningItemLabels(text, tokens, raw, noted));
  const inProblemList = (mention: RawMention): boolean => statusless(sectionAt(sections, starts, tokens[mention.start]?.start ?? 0)?.kind, mention);
  const { raw: statusCarried, assertions } = withCarriedStatus(raw, withProblemListHistory(raw, screened, inProblemList, categoryOf), categoryOf, (mention) => calledNew(tokens, mention));
  const carried = withInSituHistories(statusCarried, assertions);
  const metastatic = sentencesWithPresentMetastasis(tokens, carried, assertions);
  // Each mention's section is found once: the final assertions read it, and so does the mention reported.
  const sectionsOf = carried.map((mention) => {
    const first = tokens[mention.start];
    return first === undefined ? undefined : sectionAt(sections, starts, first.start);
  });
  const finals = carried.map((mention, index): AssertionResult => currentIfOperatedOn(sectionsOf[index], currentIfLasting(mention, sectionsOf[index],
    currentIfMetastatic(assertions[index] ?? { assertion: 'present' }, metastatic.has(tokens[mention.start]?.sentence ?? -1)))));
  // The lesion words take the cancer proven at their organ; a mention keeps its start and end, so its section stays the same.
  const finalAssertions = finals.map((result) => result.assertion);
  const cancerOrgans = ownCancerOrgans(carried, finalAssertions);
  // A relative's denied tumour ("No family hx of … parathyroid tumors") is the family's, and takes no tumour the patient's record proves.
  const provingAssertions = finals.map((result) => (result.familyNegated === true ? 'family' : result.assertion));
  // The sentence of the last relative's primary read, whose spread written after it is the relative's cancer's course.
  let familyPrimarySentence = -1;
  withRestatedSkinCancers(tokens, withProvenCancers(withGradedRestatements(withRemissionOfDenied(carried, finalAssertions), finalAssertions), provingAssertions, tokens), finalAssertions).forEach((mention, index) => {
    const first = tokens[mention.start];
    const last = tokens[mention.end - 1];
    if (first === undefined || last === undefined) return;
    const section = sectionsOf[index];
    const assertion = finals[index] ?? { assertion: 'present' };
    if (assertion.otherExperiencer === true) return;
    const phrase = spanOf(first.start, last.end);
    // "No evidence of pancreatic cancer" after "IPMN of the pancreatic head", "risk of breast cancer": what is denied
    // or feared is the diagnosis as written, not the side or sub-site of a lesion nearby; a margin statement denies the specimen's own tumour.
    const denied = assertion.assertion === 'negated' || assertion.assertion === 'hypothetical';
    const asWritten = denied && mention.writtenSite !== undefined && mention.marginStatement !== true && !countsNone(assertion) && !deniesDocumentedCancer(tokens, mention, assertion, cancerOrgans) ? { ...mention, site: mention.writtenSite }
      : assertion.assertion === 'hypothetical' && mention.impliedWrittenSite !== undefined ? { ...mention, site: mention.impliedWrittenSite } : assertion.assertion === 'negated' ? withWrittenPart(mention) : mention;
    // A urothelial carcinoma denied or foreseen with no organ written is the urinary system's (urothelialSite.ts).
    const written = denied ? urothelialAsWritten(asWritten) : asWritten;
    const codingAs = codingAssertion(mention, assertion);
    const coded = codingAs === 'present' ? presentCoding(written) : codeMention(context, written, codingAs, sex);
    if (coded === undefined || (codingAs === 'family' && relativesBenignNeoplasm(presentCode(presentCoding(written))))) return;
    const sentence = first.sentence;
    if (codingAs === 'family' && assertion.assertion === 'family' && SECONDARY_CODE.test(coded.code ?? '') && sentence === familyPrimarySentence) return;
    if (codingAs === 'family' && (coded.code ?? '').startsWith('Z80')) familyPrimarySentence = sentence;
    // The optional fields are set after the literal, in the same order, not spread into it: a spread of a new object each costs more.
    const documented: Writable<DocumentedMention> = { span: phrase, text: text.slice(phrase.offset, phrase.offset + phrase.length), ...coded, assertion: assertion.assertion };
    if (assertion.evidence !== undefined) documented.evidence = assertion.evidence;
    if (section !== undefined) documented.section = section;
    mentions.push(documented);
    anchors.push(mention.anchorStart);
    if (written.site !== undefined && isColorectal(written.site.path)) colorectalStarts.add(phrase.offset);
    if (written.typedByNote === true) typedStarts.add(phrase.offset);
  });
  // A classification's name for a diagnosis, in a parenthesis after it, is the same mention (classificationGloss.ts).
  const glossed = withoutClassificationGlosses(tokens, mentions, anchors);
  // The source a pathologist concludes for a metastasis of a primary the note codes as history is that history (historySource.ts).
  const kept = withoutSourcesOfHistory(text, glossed.mentions, glossed.anchors);
  const passed = DOCUMENTED_PASSES.reduce<readonly DocumentedMention[]>((mentionsSoFar, pass) => pass(text, mentionsSoFar, span), withTransplantedLiverHistory(text, span, withMyelomaPlasmacytomas(kept.mentions)));
  // Last of those passes, a foreseen leukaemia the note's type coded keeps its untyped code (foreseenUntyped.ts), and a site-less
  // colorectal cancer is coded as the large bowel's (colorectalUnsited.ts).
  const untyped = withForeseenUntyped(text, passed, (mention) => typedStarts.has(mention.span.offset));
  const documented = withUnsitedColorectal(untyped, (mention) => colorectalStarts.has(mention.span.offset));
  // A title written after its code on a diagnosis line takes that code (writtenCodeTitle.ts).
  const joined = withCoordinatedSitesJoined(text, withWrittenCodeTitles(text, documented, context.codes), kept.anchors);
  // A dermatology problem title's ill-defined region is the skin when its line names a skin tumour (skinLesionTitle.ts); last, a
  // code's title that no words read is a mention of that code (unreadCodeTitles.ts), once every other mention is placed; a prognostic
  // score's items are none (scoreItems.ts), dropped after the passes that keep the mentions beside their anchors.
  return { sections, mentions: withScoreItemsDropped(text, withUnreadCodeTitles(text, withSkinLesionTitles(text, joined), sections, context.codes)) };
}

/**
 * Tabular D10–D36 Benign neoplasms (D3A benign carcinoid included), and D46 Myelodysplastic syndromes and D47 Other neoplasms
 * of uncertain behavior of lymphoid, hematopoietic and related tissue (MGUS, essential thrombocythemia, myelofibrosis), which
 * the Index calls neither malignant nor a tumour of unspecified behaviour (a relative's "brain tumor" is still Z80.8).
 */
const BENIGN_CODE = /^D(?:1|2|3[0-6A]|4[67])/;

/**
 * A relative's spread ("mother - medullary thyroid cancer … (metastatic to liver and bone)") is the course of the relative's
 * cancer: Z80.- codes a family history of a malignant neoplasm by the primary's organ, and has no code for where a relative's
 * cancer spread (ANNOTATION.md, family: a relative's named cancer takes Z80.-), so the spread written in the sentence of a
 * relative's primary is no mention of its own.
 */
const SECONDARY_CODE = /^C7[789]/;

/**
 * Z80.- is a relative's malignancy: a relative's benign neoplasm ("sister with a pituitary adenoma", "mother had uterine
 * fibroids") or one of uncertain behaviour ("No known MDS/AML in family": the myelodysplastic syndrome, D46) has no
 * family-history code of the classification and is no family history of cancer (ANNOTATION.md, "What is a mention"),
 * whatever family code a lexicon gives it.
 */
function relativesBenignNeoplasm(presentCode: string | null | undefined): boolean {
  return BENIGN_CODE.test(presentCode ?? '');
}

/** A present coding's code, or its first candidate when its side is undecided ("No FHx of pheo/paraganglioma": D35.00, D35.01, D35.02). */
function presentCode(coding: { readonly code: string | null; readonly candidates: readonly string[] } | undefined): string | null | undefined {
  return coding?.code ?? coding?.candidates[0];
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The assertion a mention is coded under: a denied family history keeps the Z80 code it denies, and a
 * denied personal history of a site-less cancer the Z85.9 it denies ("no personal h/o cancer"); a
 * denied history of a named cancer keeps the code of the cancer ("denies any history of lung cancer"); a quoted policy's
 * "history of malignancy" is the Z85.9 it speaks of.
 */
function codingAssertion(mention: RawMention, assertion: AssertionResult): Assertion {
  if (assertion.familyNegated === true) return 'family';
  if (assertion.evidence?.trigger === OFFERED_HISTORY) return 'history';
  if (mention.unspecifiedSite !== true) return assertion.assertion;
  // A site-less cancer that is only possible ("unknown if cancer") is no history to code.
  // A site-less spread a plan is conditional on ("if he remains without metastatic disease") is coded as the spread it fears.
  if (assertion.hedged === true) return mention.column === 'secondary' && assertion.assertion === 'hypothetical' ? 'hypothetical' : 'uncertain';
  return assertion.historyNegated === true || assertion.evidence?.trigger === POLICY_HISTORY ? 'history' : assertion.assertion;
}

/** The category of a coding, from its code or, when the text lacks the detail, its first candidate. */
function anyCategoryOf(coding: ReturnType<typeof codeMention>): string {
  return (coding?.code ?? coding?.candidates[0] ?? '').slice(0, 3);
}

/** The sentences that document a metastasis present by default (no trigger: not negated, hedged or history). */
function sentencesWithPresentMetastasis(tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[]): Set<number> {
  const sentences = new Set<number>();
  raw.forEach((mention, index) => {
    const assertion = assertions[index];
    const sentence = tokens[mention.start]?.sentence;
    if (mention.column === 'secondary' && assertion?.evidence === undefined && sentence !== undefined) sentences.add(sentence);
  });
  return sentences;
}

/**
 * A cancer with metastases is current disease even in a Past Medical History list ("mCRPC dx 2019,
 * bone mets to spine/pelvis/ribs"): an assertion made history only by its section, with no trigger,
 * or by a cue that names a treatment rather than its end ("Stage IV melanoma, brain mets, treated w/
 * nivolumab"), is present when its sentence also documents a metastasis.
 */
function currentIfMetastatic(assertion: AssertionResult, metastaticSentence: boolean): AssertionResult {
  const weak = assertion.evidence === undefined || TREATMENT_NAMING_CUES.has(assertion.evidence.trigger);
  return assertion.assertion === 'history' && weak && metastaticSentence ? { assertion: 'present' } : assertion;
}

const RESOLVED_LIST = /resolved|inactive|historical/i;

/**
 * A benign or uncertain-behaviour neoplasm listed in a past-history section with no cue of its own
 * ("PMH: HTN, L adrenal adenoma, GERD"; "IgG lambda MGUS, stable since 2019") is a lasting condition,
 * not a past one: such lists name what the patient has. A malignancy there is history (I.C.2.d reading
 * of a past-history list); a benign one is history only when the text says it was removed, or lists it
 * as resolved ("RESOLVED / INACTIVE").
 */
function currentIfLasting(mention: RawMention, section: NoteSection | undefined, assertion: AssertionResult): AssertionResult {
  const lasting = mention.column === 'benign' || mention.column === 'uncertain' || mention.morphology?.code.startsWith('D') === true;
  if (assertion.assertion !== 'history' || assertion.evidence !== undefined || !lasting) return assertion;
  // The section's title is read only for a lasting neoplasm made history by its section.
  return section !== undefined && RESOLVED_LIST.test(section.title) ? assertion : { assertion: 'present' };
}

/** A denied residual tumour, or a denied recurrence of a documented cancer's organ, keeps the documented site (`residualOwnCancer.ts`, `recurrenceOwnCancer.ts`). */
function deniesDocumentedCancer(tokens: readonly Token[], mention: RawMention, assertion: AssertionResult, cancerOrgans: ReadonlySet<string>): boolean {
  if (assertion.assertion !== 'negated') return false;
  return namesResidual(tokens, mention) || (cancerOrgans.has(mention.site?.path[0] ?? '') && namesRecurrence(tokens, mention));
}

/**
 * Whether a node-count field's count of none denied the mention ("Micrometastases: 0"; `ZERO_COUNT_CUES`). Not redundant with
 * `encounterNodeRegion.ts`'s own exception for a synoptic count field: that one knows the field by its words ("Regional Lymph
 * Nodes:", "Number of … with"), this one by its answer, so a zero count in a field written otherwise ("Lymph nodes:
 * macrometastases 1; micrometastases 0") keeps the specimen's region too, and so does one whose region another pass placed.
 */
function countsNone(assertion: AssertionResult): boolean {
  return assertion.evidence !== undefined && ZERO_COUNT_CUES.includes(assertion.evidence.trigger);
}

/** The encounter's tokens without the words of its section headers ("History of Present Illness" is no trigger). */
function tokensOutsideHeaders(text: string, span: Span, sections: readonly NoteSection[], context: NarrativeContext): Token[] {
  // A study label's words name the study's organ, which its report's findings take: they stay tokens (studyLabels.ts), as do
  // a synoptic title's, whose header span is empty (synopticTitles.ts).
  const headerSpans: Span[] = [];
  for (const section of sections) if (section.headerSpan.length > 0 && !isStudyLabel(section, context.headers)) headerSpans.push(section.headerSpan);
  return tokenize(text, span.offset, span.offset + span.length, headerSpans, context.words, context.tokens);
}

/** For each sentence, the first token of the first mention in it (-1 when none): a later sentence's own diagnosis. */
function firstMentionPerSentence(tokens: readonly Token[], raw: readonly RawMention[]): Int32Array {
  const first = new Int32Array((tokens[tokens.length - 1]?.sentence ?? 0) + 2).fill(-1);
  for (const mention of raw) {
    const sentence = tokens[mention.start]?.sentence ?? 0;
    if (first[sentence] === -1 || (first[sentence] ?? 0) > mention.start) first[sentence] = mention.start;
  }
  return first;
}

/** For each sentence, the index of the first trigger hit in it or after it (`hits.length` when none). */
function firstHitPerSentence(tokens: readonly Token[], index: AssertionIndex): Int32Array {
  const sentences = (tokens[tokens.length - 1]?.sentence ?? 0) + 2;
  const first = new Int32Array(sentences).fill(index.hits.length);
  for (let position = index.hits.length - 1; position >= 0; position--) {
    const sentence = tokens[index.hits[position]?.start ?? 0]?.sentence ?? 0;
    first[sentence] = position;
  }
  for (let sentence = sentences - 2; sentence >= 0; sentence--) first[sentence] = Math.min(first[sentence] ?? 0, first[sentence + 1] ?? 0);
  return first;
}
