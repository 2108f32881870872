import { withNamedSourcesAsHistory } from './namedSourceHistory';
import { withSpreadSourcesAsHistory } from './spreadSourceHistory';
import { withDatedColonAdenomas } from './datedColonAdenoma';
import { withDocumentedFibroidLayer } from './documentedFibroidLayer';
import { withDocumentedLipomaSite } from './documentedLipomaSite';
import { withDocumentedLiverType } from './documentedLiverType';
import { withDocumentedBileDuct } from './documentedBileDuct';
import { withDocumentedMesotheliomaSite } from './documentedMesotheliomaSite';
import { withDocumentedBenignSide } from './documentedBenignSide';
import { withDocumentedHemangiomaSite } from './documentedHemangiomaSite';
import { withDocumentedCnsSite } from './documentedCnsSite';
import { withHistorySecondaries } from './historySecondary';
import { withSkinStagedMycosis } from './mycosisSkinStage';
import type { DocumentedMention } from './model';

/** A pass over the coded mentions of a note. */
export type DocumentedPass = (text: string, mentions: readonly DocumentedMention[]) => readonly DocumentedMention[];

/**
 * The passes over the coded mentions, in order, after an HCC whose liver was transplanted out is made its history (transplantedLiver.ts,
 * called before them since it reads the encounter's span): a cancer named as a new finding's source that the note documents as history
 * is that history (namedSourceHistory.ts), as is one named in its spread's words (spreadSourceHistory.ts), and a colon adenoma dated in
 * the past is its removal's history (datedColonAdenoma.ts); then a mention takes the site, side, layer or type its note documents
 * elsewhere (documentedCode.ts and the passes it names), and a mycosis fungoides the skin its stage gives (mycosisSkinStage.ts);
 * last, a metastasis of a primary coded as history is read against it (historySecondary.ts).
 */
export const DOCUMENTED_PASSES: readonly DocumentedPass[] = [
  withNamedSourcesAsHistory,
  withSpreadSourcesAsHistory,
  withDatedColonAdenomas,
  withDocumentedFibroidLayer,
  (_text, mentions) => withDocumentedLipomaSite(mentions),
  withDocumentedLiverType,
  (_text, mentions) => withDocumentedBileDuct(mentions),
  withDocumentedMesotheliomaSite,
  (_text, mentions) => withDocumentedBenignSide(mentions),
  (_text, mentions) => withDocumentedHemangiomaSite(mentions),
  (_text, mentions) => withDocumentedCnsSite(mentions),
  withSkinStagedMycosis,
  (_text, mentions) => withHistorySecondaries(mentions),
];
