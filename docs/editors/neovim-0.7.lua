-- ICD-10 Claim Coder in Neovim 0.7 to 0.10 (vim.lsp.start_client). Put this file in your config
-- (for example ~/.config/nvim/lua/icd-claim-coder.lua, then `require('icd-claim-coder')` from init.lua).
-- It needs `icd-claim-coder-server` on your PATH (see docs/other-editors.md).

-- File types: *.837, *.x12, *.edi and files whose first line starts with ISA are X12 837 claims;
-- *.note files are clinical notes. The file type is sent to the server as the LSP language id.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = { '*.837', '*.x12', '*.edi' }, command = 'setfiletype x12-837' })
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.note', command = 'setfiletype clinical-note' })
vim.api.nvim_create_autocmd('BufRead', {
  pattern = '*',
  callback = function(args)
    if vim.bo[args.buf].filetype == '' and (vim.api.nvim_buf_get_lines(args.buf, 0, 1, false)[1] or ''):sub(1, 3) == 'ISA' then
      vim.bo[args.buf].filetype = 'x12-837'
    end
  end,
})

-- One server for both languages, started with the first claim or note you open.
local client_id = nil

local function start_or_reuse()
  if client_id ~= nil and vim.lsp.get_client_by_id(client_id) ~= nil then return client_id end
  client_id = vim.lsp.start_client({
    name = 'icd-claim-coder',
    cmd = { 'icd-claim-coder-server' },
    root_dir = vim.fn.getcwd(),
    -- Set workspaceTrusted = true only if you want codeSetPath and cptDescriptionsPath read
    -- (they name files on your disk); without it the server uses the bundled code sets only.
    init_options = { workspaceTrusted = false },
    -- Rule levels: off, hint, information, warning or error (see the README's rules table).
    settings = {
      icdClaimCoder = {
        rules = { ['palliative-first-listed'] = 'information' },
        maxNumberOfProblems = 1000,
      },
    },
  })
  return client_id
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'x12-837', 'clinical-note' },
  callback = function(args)
    vim.lsp.buf_attach_client(args.buf, start_or_reuse())
    -- Completion with <C-x><C-o>; the menu shows each code's title.
    vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
  end,
})
