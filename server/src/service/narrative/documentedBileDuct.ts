import { presentOrDoubted, withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * "Hilar cholangiocarcinoma (Klatskin)" … "SpyBite bx of hilar stricture - invasive adenocarcinoma, c/w cholangiocarcinoma": the
 * Index codes a cholangiocarcinoma written with no site to the liver's intrahepatic duct (Cholangiocarcinoma C22.1), and sends
 * one of a specified site to that site; a note that documents its cholangiocarcinoma at the extrahepatic ducts (the hilum, the
 * hepatic or common duct: table: hepatic duct / Malignant Primary C24.0) has specified it, so its site-less restatements are
 * that cancer, as an untyped liver cancer is the type its note documents (`documentedLiverType.ts`; ANNOTATION.md, "Side and
 * sub-site documented elsewhere in the note"). Only a present or doubted one takes it, and only when the note places no
 * cholangiocarcinoma in the liver.
 */

/** Tabular C22.1 Intrahepatic bile duct carcinoma: the Index's code of a cholangiocarcinoma with no site. */
const INTRAHEPATIC = 'C221';
/** Tabular C24.0 Malignant neoplasm of extrahepatic bile duct. */
const EXTRAHEPATIC = 'C240';
/** The words that name a cholangiocarcinoma (the Index's Klatskin tumour is the hilar one). */
const CHOLANGIOCARCINOMA = /cholangiocarcinoma|klatskin/i;

/** The histology's words alone: a cholangiocarcinoma written with no site ("intrahepatic cholangiocarcinoma" names one). */
const SITELESS_WORDS = /^cholangiocarcinomas?$/i;

/** A cholangiocarcinoma written with no site, which the Index codes C22.1. */
function sitelessCholangiocarcinoma(mention: DocumentedMention): boolean {
  return mention.code === INTRAHEPATIC && presentOrDoubted(mention) && SITELESS_WORDS.test(mention.text.trim());
}

/** Whether the note documents its cholangiocarcinoma at the extrahepatic ducts and nowhere in the liver. */
function documentsExtrahepatic(mentions: readonly DocumentedMention[]): boolean {
  let extrahepatic = false;
  for (const mention of mentions) {
    if (!presentOrDoubted(mention) || !CHOLANGIOCARCINOMA.test(mention.text)) continue;
    if (mention.code === EXTRAHEPATIC) extrahepatic = true;
    else if (mention.code === INTRAHEPATIC && !sitelessCholangiocarcinoma(mention)) return false;
  }
  return extrahepatic;
}

export function withDocumentedBileDuct(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(sitelessCholangiocarcinoma) || !documentsExtrahepatic(mentions)) return mentions;
  const source = 'the extrahepatic bile duct the note documents its cholangiocarcinoma at (C24.0)';
  return withDocumentedCode(mentions, sitelessCholangiocarcinoma, EXTRAHEPATIC, source);
}
