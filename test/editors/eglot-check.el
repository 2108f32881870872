;;; eglot-check.el --- drives a real Emacs with eglot and records what a user sees  -*- lexical-binding: t -*-
;; Loads the configuration from docs/editors/eglot.el, opens an 837 and a note, and records the
;; Flymake diagnostics, the hover text eldoc shows, the completion candidates with their
;; annotations, the code-action menu and the buffer after choosing a fix.
;; test/editors/editors.test.ts starts it (emacs --batch -Q -l eglot-check.el) and checks the record.
;; Environment: ICD_CONFIG, ICD_CLAIM, ICD_NOTE, ICD_OUT, as for neovim-check.lua.

(require 'cl-lib)
(require 'json)
(require 'flymake)

(defvar icd-record nil "What the user saw, as an alist written to ICD_OUT.")
(defvar icd-errors nil "What went wrong.")
(defconst icd-timeout 20.0 "Seconds any one wait may take.")

(defun icd-note (key value) (push (cons key value) icd-record))

(defun icd-run-idle-timers ()
  "Run the idle timers, as Emacs does when the user pauses; batch Emacs is never idle by itself.
Eglot sends its didChange and Flymake reports new diagnostics from idle timers."
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list)
      (cancel-timer timer)
      (with-demoted-errors "idle timer: %S"
        (apply (timer--function timer) (timer--args timer))))))

(defun icd-wait-for (what condition)
  "Run timers, process output and post-command hooks (as an idle editor does) until CONDITION holds."
  (let ((deadline (+ (float-time) icd-timeout)) (done nil))
    (while (and (not (setq done (funcall condition))) (< (float-time) deadline))
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.02)
      (icd-run-idle-timers))
    (unless done (push (format "timed out waiting for %s" what) icd-errors))
    done))

(defun icd-diagnostics ()
  "The Flymake diagnostics of the current buffer: line, type and the text Flymake shows."
  (sort (mapcar (lambda (diagnostic)
                  `((line . ,(line-number-at-pos (flymake-diagnostic-beg diagnostic)))
                    (severity . ,(symbol-name (flymake-diagnostic-type diagnostic)))
                    (message . ,(flymake-diagnostic-text diagnostic))))
                (flymake-diagnostics))
        (lambda (a b) (< (alist-get 'line a) (alist-get 'line b)))))

(defun icd-open (file)
  (find-file file)
  (icd-wait-for (format "eglot to manage %s" file) (lambda () (bound-and-true-p eglot--managed-mode)))
  (icd-wait-for (format "diagnostics for %s" file) (lambda () (flymake-diagnostics)))
  (current-buffer))

(defun icd-goto (needle)
  (goto-char (point-min))
  (if (search-forward needle nil t) (goto-char (match-beginning 0))
    (push (format "the buffer does not contain %s" needle) icd-errors)))

(defun icd-hover ()
  "The text eldoc shows for the hover at point."
  (let ((text nil))
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq text info)))
    (icd-wait-for "the hover" (lambda () text))
    (and text (substring-no-properties text))))

(defun icd-apply-first-quick-fix ()
  "Open eglot's code-action menu at point and pick its first entry, as a user pressing RET would."
  (let ((titles nil) (line (line-number-at-pos)) (before (thing-at-point 'line t)))
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt collection &rest _)
                 (setq titles (mapcar #'car collection))
                 (car (car collection)))))
      (let ((last-nonmenu-event ?\r))
        (call-interactively #'eglot-code-actions)))
    (icd-note 'quickFixTitles (vconcat titles))
    (save-excursion
      (goto-char (point-min))
      (forward-line (1- line))
      (icd-note 'lineAfterFix (string-trim-right (thing-at-point 'line t)))
      (unless (not (equal before (thing-at-point 'line t)))
        (push "the quick fix did not change the line" icd-errors)))))

(defun icd-completion-menu ()
  "The candidates `completion-at-point' offers at point, each with the annotation shown beside it."
  (let* ((capf (eglot-completion-at-point))
         (table (nth 2 capf))
         (annotate (plist-get (nthcdr 3 capf) :annotation-function))
         (typed (buffer-substring-no-properties (nth 0 capf) (nth 1 capf))))
    (vconcat (mapcar (lambda (candidate)
                       `((word . ,(substring-no-properties candidate))
                         (menu . ,(string-trim (or (funcall annotate candidate) "")))))
                     (all-completions typed table)))))

(condition-case problem
    (progn
      (load (getenv "ICD_CONFIG") nil t)
      (icd-note 'version (format "Emacs %s, eglot from %s" emacs-version (locate-library "eglot")))
      ;; The claim: diagnostics, a hover on the principal diagnosis, then the quick fix on C780.
      (with-current-buffer (icd-open (getenv "ICD_CLAIM"))
        (icd-note 'modeClaim (symbol-name major-mode))
        (icd-note 'claimDiagnostics (vconcat (icd-diagnostics)))
        (icd-goto "C50911")
        (icd-note 'claimHover (icd-hover))
        (icd-goto "C780")
        (icd-apply-first-quick-fix)
        (icd-wait-for "the diagnostics of the fixed claim" (lambda () (null (flymake-diagnostics))))
        (icd-note 'claimDiagnosticsAfterFix (vconcat (icd-diagnostics))))
      ;; The note: diagnostics, then completion on a new line "Dx: C78.0".
      (with-current-buffer (icd-open (getenv "ICD_NOTE"))
        (icd-note 'modeNote (symbol-name major-mode))
        (icd-note 'noteDiagnostics (vconcat (icd-diagnostics)))
        (goto-char (point-max))
        (insert "Dx: C78.0")
        (icd-note 'completionMenu (icd-completion-menu))))
  (error (push (error-message-string problem) icd-errors)))

(icd-note 'errors (vconcat (reverse icd-errors)))
(ignore-errors (eglot-shutdown-all))
(with-temp-file (getenv "ICD_OUT") (insert (json-encode icd-record)))
(kill-emacs 0)
