-- Neovim (0.7+) as a second LSP client for the resolution language server.
-- Driven by test/protocol/neovim.test.ts through environment variables:
--   RES_SERVER  dist/server.js     RES_FILE  the draft to open
--   RES_OUT     where to write the results (JSON)
--   RES_HOVER_LINE / RES_HOVER_CHAR  position of a footnote reference (UTF-16)
local server = os.getenv('RES_SERVER')
local file = os.getenv('RES_FILE')
local out = os.getenv('RES_OUT')
local hover_line = tonumber(os.getenv('RES_HOVER_LINE'))
local hover_char = tonumber(os.getenv('RES_HOVER_CHAR'))
local result = { ok = false }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local latest = nil
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(_, res)
    latest = res
  end
  local statuses = 0
  vim.lsp.handlers['resolution/status'] = function()
    statuses = statuses + 1
  end
  local started = vim.loop.hrtime()
  local client_id = vim.lsp.start_client({
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    settings = { resolution = { corpus = { includeBuiltIn = true }, locale = 'en' } },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  local function has_code(code)
    if not latest then return false end
    for _, d in ipairs(latest.diagnostics) do
      if d.code == code then return true end
    end
    return false
  end
  result.first_diagnostics = vim.wait(10000, function() return latest ~= nil end, 20)
  result.first_ms = (vim.loop.hrtime() - started) / 1e6
  result.numbering = vim.wait(10000, function() return has_code('paragraph-numbering') end, 20)
  result.agreed = vim.wait(20000, function() return has_code('agreed-language') end, 20)
  result.messages = {}
  for _, d in ipairs(latest and latest.diagnostics or {}) do
    if d.code == 'paragraph-numbering' then table.insert(result.messages, d.message) end
  end
  result.statuses = statuses

  local uri = vim.uri_from_bufnr(bufnr)
  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = hover_line, character = hover_char },
  }, 5000, bufnr)
  result.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or vim.NIL

  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, 5000, bufnr)
  result.symbols = {}
  for _, s in ipairs(symbols and symbols.result or {}) do
    table.insert(result.symbols, { name = s.name, children = s.children and #s.children or 0 })
  end

  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {} },
  }, 5000, bufnr)
  result.actions = {}
  for _, a in ipairs(actions and actions.result or {}) do
    if a.edit and a.edit.changes then
      -- Apply the renumbering with Neovim's own edit machinery and save the buffer.
      if a.title == 'Renumber paragraphs and footnotes' then
        vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
        vim.cmd('write')
      end
    end
    table.insert(result.actions, a.title)
  end
  client.stop()
  result.ok = true
end)
if not ok then result.error = tostring(err) end
finish()
