import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { sentenceSides } from './sentenceSides';
import type { Token } from './tokens';

/**
 * Where leptomeningeal disease is: the lexicon places it over the brain (table: meninges, cerebral /
 * Malignant Secondary C79.32), but a spine report's "No intradural or leptomeningeal metastasis" is of the
 * spinal meninges (meninges, spinal / C79.49), and "leptomeningeal enhancement along the brainstem,
 * cranial nerves and cauda equina, c/w leptomeningeal carcinomatosis" is of both: one phrase for several
 * sites, null with both codes as candidates (a site's `alternatives`). The words of the mention's sentence
 * decide; a later mention whose sentence names neither ("probable leptomeningeal disease (MRI)") restates
 * the extent the note gave it last, within reach.
 */
const BRAIN_SIDE = new Set(['brain', 'brainstem', 'cranial', 'intracranial', 'cerebral', 'cerebellar', 'cerebellum', 'posterior fossa',
  'supratentorial', 'infratentorial', 'pons', 'pontine', 'medulla', 'midbrain', 'ventricle', 'ventricles', 'sulci', 'basal cisterns']);
const SPINE_SIDE = new Set(['spine', 'spinal', 'cord', 'cauda', 'conus', 'intradural', 'thecal', 'intrathecal', 'extramedullary', 'intramedullary']);

const CEREBRAL = ['meninges', 'brain'];
const SPINAL = ['meninges', 'spinal'];
/** How far around the mention its sentence is read for brain and spine words. */
const SENTENCE_REACH = 30;
/** How far after a placed mention a restatement takes its extent. */
const RESTATED_REACH = 400;

type Extent = 'cerebral' | 'spinal' | 'both';

/** "leptomeningeal disease" (the histology's words) or "leptomeningeal metastasis" (the site word before a metastasis). */
function isLeptomeningeal(tokens: readonly Token[], mention: RawMention): boolean {
  const site = mention.site;
  if (site === undefined || site.path[0] !== 'meninges') return false;
  return (mention.histology?.words ?? '').startsWith('leptomeningeal') || tokens[site.start]?.norm === 'leptomeningeal';
}

/** The extent the mention's sentence names, or undefined when it names neither the brain nor the spine. */
function extentOfSentence(tokens: readonly Token[], mention: RawMention): Extent | undefined {
  const named = (words: ReadonlySet<string>) => (position: number): boolean => words.has(tokens[position]?.norm ?? '');
  const { brain, spine } = sentenceSides(tokens, mention.anchorStart, mention.anchorEnd, SENTENCE_REACH, named(BRAIN_SIDE), named(SPINE_SIDE));
  if (brain && spine) return 'both';
  return spine ? 'spinal' : brain ? 'cerebral' : undefined;
}

function placed(mention: RawMention, extent: Extent): RawMention {
  const site = mention.site as SiteMatch;
  if (extent === 'cerebral') return mention;
  if (extent === 'spinal') return { ...mention, site: { ...site, path: SPINAL } };
  return { ...mention, site: { ...site, path: CEREBRAL, alternatives: [{ ...site, path: SPINAL }] } };
}

/** The mentions with leptomeningeal disease placed over the brain, the spine or both. */
export function withLeptomeningealExtent(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  let last: { extent: Extent; at: number } | undefined;
  return mentions.map((mention) => {
    if (!isLeptomeningeal(tokens, mention)) return mention;
    const own = extentOfSentence(tokens, mention);
    if (own !== undefined) {
      last = { extent: own, at: mention.start };
      return placed(mention, own);
    }
    return last !== undefined && mention.start - last.at <= RESTATED_REACH ? placed(mention, last.extent) : mention;
  });
}
