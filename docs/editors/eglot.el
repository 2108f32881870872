;;; ICD-10 Claim Coder with eglot (Emacs 28 with eglot 1.9, and later).  -*- lexical-binding: t -*-
;; Put this in your init file.  It needs `icd-claim-coder-server' on your `exec-path'
;; (see docs/other-editors.md).

(require 'eglot)

;; Two small major modes, so eglot sends the right LSP language id ("x12-837", "clinical-note").
(define-derived-mode x12-837-mode text-mode "X12-837"
  "Major mode for X12 837 claim files.")
(define-derived-mode clinical-note-mode text-mode "Clinical-Note"
  "Major mode for clinical notes."
  ;; A dotted code (C78.01) is one symbol, so completion replaces all of it.
  (modify-syntax-entry ?. "_"))
(add-to-list 'auto-mode-alist '("\\.\\(837\\|x12\\|edi\\)\\'" . x12-837-mode))
(add-to-list 'auto-mode-alist '("\\.note\\'" . clinical-note-mode))
(add-to-list 'magic-mode-alist '("ISA" . x12-837-mode))

;; One entry per mode: eglot before Emacs 29 gives each server a single language id.
;; Set :workspaceTrusted t only if you want codeSetPath and cptDescriptionsPath read
;; (they name files on your disk); without it the server uses the bundled code sets only.
(dolist (mode '(x12-837-mode clinical-note-mode))
  (add-to-list 'eglot-server-programs
               `(,mode . ("icd-claim-coder-server"
                          :initializationOptions (:workspaceTrusted :json-false)))))

;; Settings (rule levels: off, hint, information, warning, error).
(setq-default eglot-workspace-configuration
              '(:icdClaimCoder (:rules (:palliative-first-listed "information")
                                :maxNumberOfProblems 1000)))

(add-hook 'x12-837-mode-hook #'eglot-ensure)
(add-hook 'clinical-note-mode-hook #'eglot-ensure)
