-- ICD-10 Claim Coder in Neovim 0.11 and later (vim.lsp.config and vim.lsp.enable). Put this file
-- in your config (for example ~/.config/nvim/plugin/icd-claim-coder.lua).
-- It needs `icd-claim-coder-server` on your PATH (see docs/other-editors.md).

vim.filetype.add({
  extension = { ['837'] = 'x12-837', x12 = 'x12-837', edi = 'x12-837', note = 'clinical-note' },
  pattern = { ['.*'] = { function(_, bufnr)
    if (vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1] or ''):sub(1, 3) == 'ISA' then return 'x12-837' end
  end, { priority = -math.huge } } },
})

vim.lsp.config('icd_claim_coder', {
  cmd = { 'icd-claim-coder-server' },
  filetypes = { 'x12-837', 'clinical-note' },
  root_markers = { '.git' },
  -- Set workspaceTrusted = true only if you want codeSetPath and cptDescriptionsPath read
  -- (they name files on your disk); without it the server uses the bundled code sets only.
  init_options = { workspaceTrusted = false },
  settings = {
    icdClaimCoder = {
      rules = { ['palliative-first-listed'] = 'information' },
      maxNumberOfProblems = 1000,
    },
  },
})
vim.lsp.enable('icd_claim_coder')
