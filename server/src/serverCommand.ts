/**
 * The command line of the language server (`icd-claim-coder-server`, or `node server/out/main.js`).
 * Editors start it with a transport flag; without one it speaks over stdin and stdout, which is what
 * Neovim, Emacs, Helix and Sublime expect. `vscode-languageserver` reads the transport from
 * `process.argv`, so the decided arguments are written back there before the connection is made.
 */

export const serverUsage = `Usage: icd-claim-coder-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME] [--clientProcessId=PID]

The ICD-10 Claim Coder language server: hover, completion, diagnostics, quick fixes and document
symbols for X12 837 claim files (language id x12-837) and clinical notes (clinical-note).
It speaks the Language Server Protocol over stdin and stdout unless another transport is given.

Settings come from workspace/configuration, workspace/didChangeConfiguration or the
initializationOptions, under the section "icdClaimCoder" (nested or dotted keys).
codeSetPath and cptDescriptionsPath are read only when the initializationOptions say
{"workspaceTrusted": true}.

Editor set-up (Neovim, Emacs, Helix, Sublime Text): docs/other-editors.md.
`;

/** What the command line asks for. */
export type ServerCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'serve'; readonly argv: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

const transportFlags = [/^--stdio$/, /^--node-ipc$/, /^--socket=\d+$/, /^--pipe=.+$/];
const otherFlags = [/^--clientProcessId=\d+$/];

/** Decides what to do with the arguments after the script name. */
export function parseServerArguments(args: readonly string[]): ServerCommand {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const transports = args.filter((arg) => transportFlags.some((flag) => flag.test(arg)));
  const unknown = args.filter((arg) => !transportFlags.some((flag) => flag.test(arg)) && !otherFlags.some((flag) => flag.test(arg)));
  if (unknown.length > 0) return { kind: 'error', message: `unknown argument ${unknown[0] as string}` };
  if (transports.length > 1) return { kind: 'error', message: `choose one transport, not ${transports.join(' and ')}` };
  return { kind: 'serve', argv: transports.length === 0 ? [...args, '--stdio'] : [...args] };
}
