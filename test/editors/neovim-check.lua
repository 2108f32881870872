-- Drives a real Neovim (0.7 or later, headless) with the configuration from docs/editors/ and
-- records what a user would see: diagnostics, the hover window, the completion menu, the quick-fix
-- menu and the buffer after choosing a fix. test/editors/editors.test.ts starts it and checks the record.
-- Environment: ICD_CONFIG (the Lua config to load), ICD_CLAIM, ICD_NOTE (files to open), ICD_OUT (JSON record).

local record = { errors = {} }
local timeout_ms = 20000

local function fail(message)
  table.insert(record.errors, message)
end

local function wait_for(what, condition)
  if not vim.wait(timeout_ms, condition, 20) then fail('timed out waiting for ' .. what) return false end
  return true
end

local severity_names = { 'error', 'warning', 'information', 'hint' }

local function diagnostics_of(bufnr)
  local seen = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(seen, { line = diagnostic.lnum + 1, severity = severity_names[diagnostic.severity], message = diagnostic.message })
  end
  table.sort(seen, function(a, b) return a.line < b.line end)
  return seen
end

-- Puts the cursor on the first occurrence of `needle` (1-based line, 0-based column for the API).
local function cursor_on(needle)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local column = line:find(needle, 1, true)
    if column then vim.api.nvim_win_set_cursor(0, { index, column }) return index end
  end
  fail('the buffer does not contain ' .. needle)
end

-- The text of the hover window that vim.lsp.buf.hover() opens.
local function hover_text()
  vim.lsp.buf.hover()
  local text
  wait_for('the hover window', function()
    for _, window in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(window).relative ~= '' then
        text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(window), 0, -1, false), '\n')
        vim.api.nvim_win_close(window, true)
        return true
      end
    end
    return false
  end)
  return text
end

-- Opens the code-action menu and picks the first entry, as a user pressing <CR> in it would.
local function apply_first_quick_fix(line)
  local before = vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1]
  local titles = {}
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do table.insert(titles, (opts.format_item(item))) end
    on_choice(items[1], 1)
  end
  vim.lsp.buf.code_action()
  wait_for('the quick fix to change the line', function()
    return vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1] ~= before
  end)
  return titles, vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1]
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  wait_for('the server to attach to ' .. file, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end)
  wait_for('diagnostics for ' .. file, function() return #vim.diagnostic.get(bufnr) > 0 end)
  return bufnr
end

local ok, problem = pcall(function()
  dofile(os.getenv('ICD_CONFIG'))
  record.version = vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch

  -- The claim: its diagnostics, a hover on the principal diagnosis, then the quick fix on C780.
  local claim = open(os.getenv('ICD_CLAIM'))
  record.filetypeClaim = vim.bo[claim].filetype
  record.claimDiagnostics = diagnostics_of(claim)
  cursor_on('C50911')
  record.claimHover = hover_text()
  local line = cursor_on('C780')
  record.quickFixTitles, record.lineAfterFix = apply_first_quick_fix(line)
  wait_for('the diagnostics of the fixed claim', function() return #vim.diagnostic.get(claim) == 0 end)
  record.claimDiagnosticsAfterFix = diagnostics_of(claim)

  -- The note: its diagnostics, then completion on a new line "Dx: C78.0".
  local note = open(os.getenv('ICD_NOTE'))
  record.filetypeNote = vim.bo[note].filetype
  record.noteDiagnostics = diagnostics_of(note)
  local last = vim.api.nvim_buf_line_count(note)
  vim.api.nvim_buf_set_lines(note, last, last, false, { 'Dx: C78.0' })
  vim.api.nvim_win_set_cursor(0, { last + 1, #'Dx: C78.0' })
  local params = vim.lsp.util.make_position_params()
  local responses = vim.lsp.buf_request_sync(note, 'textDocument/completion', params, timeout_ms) or {}
  record.completionMenu = {}
  for _, response in pairs(responses) do
    -- The function vim.lsp.omnifunc builds its menu with: word, and the menu column beside it.
    for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(response.result, 'C78.0')) do
      table.insert(record.completionMenu, { word = item.word, menu = item.menu })
    end
  end
end)
if not ok then fail(tostring(problem)) end

for _, client in ipairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
local file = io.open(os.getenv('ICD_OUT'), 'w')
file:write(vim.fn.json_encode(record))
file:close()
vim.cmd('qall!')
