import { type AssertionTrigger, bothTriggers as both } from './assertionTrigger';

/**
 * Round 26 (cancer rehabilitation): a precaution written by a physiatrist or a therapist forbids an activity ("No lifting w/ spinal
 * flexion/twisting (T8, L2 mets)", "no resistive exercise RLE or trunk rotation (rib, T12 mets)", "no driving per neuro onc"). Its
 * "no" is an order about the activity, not a finding denied, and the cancer written after it, most often in a parenthesis, is the
 * reason for the order and stays as the note documents it. These pseudo cues take "no" together with the activity it forbids, so
 * NegEx's "no" denies nothing there; a finding denied with its own "no" ("no cord compression", "no bone mets") is untouched,
 * because every activity here is a movement, a load or a treatment applied to the body, never a word that names a neoplasm.
 */
const RESTRICTED_ACTIVITIES: readonly string[] = [
  'lifting', 'heavy lifting', 'resistive', 'resisted', 'resistance', 'exercise', 'strenuous', 'bending', 'twisting', 'pushing', 'pulling',
  'straining', 'valsalva', 'driving', 'running', 'jumping', 'weight bearing', 'weight-bearing', 'wt bearing', 'high-impact', 'high impact',
  'impact', 'contact sports', 'spinal flexion', 'trunk rotation', 'overhead', 'stretching', 'aggressive', 'manual therapy', 'massage', 'heat',
  // The limb a lymphoedema or node dissection protects from needles and cuffs ("no BP/venipuncture L arm (ALND for breast ca)").
  'bp', 'blood pressure', 'venipuncture', 'needle sticks', 'iv', 'ivs',
];

export const RESTRICTION_TRIGGERS: readonly AssertionTrigger[] = both('pseudo', ...RESTRICTED_ACTIVITIES.map((activity) => `no ${activity}`));
